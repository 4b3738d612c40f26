import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Qualifications, entries with their component results, and result issue and release dates. */
export class ResultsData1764000007000 implements MigrationInterface {
  name = 'ResultsData1764000007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE results_qualifications (
        business_stream_id varchar(2) NOT NULL,
        qualification_id varchar(20) NOT NULL,
        qualification_group_id varchar(6) NOT NULL,
        title varchar(200) NOT NULL,
        PRIMARY KEY (business_stream_id, qualification_id)
      )`);
    await q.query(`
      CREATE TABLE results_entries (
        business_stream_id varchar(2) NOT NULL,
        session_id varchar(6) NOT NULL,
        centre_id varchar(6) NOT NULL,
        candidate_number varchar(6) NOT NULL,
        candidate_name varchar(200) NOT NULL,
        qualification_id varchar(20) NOT NULL,
        assessment_code varchar(6) NOT NULL,
        grade varchar(5),
        components jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (business_stream_id, session_id, centre_id, candidate_number, assessment_code)
      )`);
    await q.query(`
      CREATE TABLE results_result_dates (
        id bigserial PRIMARY KEY,
        business_stream_id varchar(2) NOT NULL,
        session_id varchar(6) NOT NULL,
        result_date_type varchar(10) NOT NULL CHECK (result_date_type IN ('issue', 'release')),
        centre_id varchar(6),
        assessment_code varchar(6) NOT NULL,
        date timestamptz NOT NULL,
        embargo_until timestamptz,
        CHECK ((result_date_type = 'issue') = (centre_id IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX results_result_dates_key ON results_result_dates (business_stream_id, session_id, result_date_type, coalesce(centre_id, ''), assessment_code)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['results_result_dates', 'results_entries', 'results_qualifications']) await q.query(`DROP TABLE ${table}`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Candidates' result statuses, enquiries about results, session statuses and question papers. */
export class ResultsStatuses1764000006000 implements MigrationInterface {
  name = 'ResultsStatuses1764000006000';

  async up(q: QueryRunner): Promise<void> {
    const candidate = `business_stream_id varchar(2) NOT NULL, session_id varchar(6) NOT NULL, centre_id varchar(6) NOT NULL,
      candidate_number varchar(6) NOT NULL, assessment_code varchar(6) NOT NULL`;
    await q.query(`
      CREATE TABLE results_candidate_results (
        ${candidate},
        result_status varchar(20) NOT NULL,
        grade varchar(5),
        issued_at timestamptz,
        PRIMARY KEY (business_stream_id, session_id, centre_id, candidate_number, assessment_code)
      )`);
    await q.query(`
      CREATE TABLE results_enquiries (
        ${candidate},
        component_id varchar(3) NOT NULL,
        enquiry_reference varchar(40) NOT NULL,
        service_type varchar(20) NOT NULL,
        status varchar(20) NOT NULL,
        history jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (business_stream_id, session_id, centre_id, candidate_number, assessment_code, component_id, enquiry_reference)
      )`);
    await q.query(`
      CREATE TABLE results_sessions (
        business_stream_id varchar(2) NOT NULL,
        session_id varchar(6) NOT NULL,
        session_name varchar(100) NOT NULL,
        result_status varchar(20) NOT NULL,
        release_date timestamptz,
        PRIMARY KEY (business_stream_id, session_id)
      )`);
    await q.query(`
      CREATE TABLE results_question_papers (
        business_stream_id varchar(2) NOT NULL,
        session_id varchar(6) NOT NULL,
        assessment_code varchar(6) NOT NULL,
        assessment_version varchar(3) NOT NULL,
        component_id varchar(3) NOT NULL,
        qp_identifier varchar(60) NOT NULL,
        title varchar(200) NOT NULL,
        PRIMARY KEY (business_stream_id, session_id, assessment_code, assessment_version, component_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['results_question_papers', 'results_sessions', 'results_enquiries', 'results_candidate_results']) await q.query(`DROP TABLE ${table}`);
  }
}

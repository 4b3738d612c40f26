import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IELTS results, their photos (apart, so that queries without photos never read them) and their
 * shares with Recognising Organisations. A share's last_modified_at is the result's last-modified
 * time as that RO sees it: when it was shared, or a later change of the result.
 */
export class IeltsResults1764000001000 implements MigrationInterface {
  name = 'IeltsResults1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ielts_results (
        id uuid PRIMARY KEY,
        trf_number varchar(18) NOT NULL UNIQUE,
        centre_number varchar(10) NOT NULL,
        candidate_number varchar(10) NOT NULL,
        candidate_id varchar(40) NOT NULL,
        id_type varchar(40),
        family_name varchar(100) NOT NULL,
        first_name varchar(100) NOT NULL,
        date_of_birth date NOT NULL,
        gender char(1) NOT NULL CHECK (gender IN ('M', 'F', 'U')),
        nationality varchar(3),
        country_of_origin varchar(3),
        first_language varchar(60),
        test_date date NOT NULL,
        module varchar(20) NOT NULL CHECK (module IN ('Academic', 'General Training')),
        listening_score numeric(3,1) NOT NULL,
        reading_score numeric(3,1) NOT NULL,
        writing_score numeric(3,1) NOT NULL,
        speaking_score numeric(3,1) NOT NULL,
        overall_band_score numeric(3,1) NOT NULL,
        cefr_level varchar(2),
        status varchar(20) NOT NULL CHECK (status IN ('RELEASED', 'REMARKED', 'CORRECTED', 'CANCELLED', 'WITHHELD')),
        telephone varchar(40),
        postal_address varchar(200),
        address_line1 varchar(100),
        address_line2 varchar(100),
        address_line3 varchar(100),
        address_line4 varchar(100),
        region varchar(100),
        town varchar(100),
        post_code varchar(20),
        country varchar(100),
        country_code varchar(3),
        candidate_email varchar(200),
        osr_skill varchar(10) CHECK (osr_skill IN ('Listening', 'Reading', 'Writing', 'Speaking')),
        osr_test_date date,
        osr_original_trf_number varchar(18),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ielts_band_scores CHECK (
          listening_score BETWEEN 0 AND 9 AND listening_score * 2 = floor(listening_score * 2) AND
          reading_score BETWEEN 0 AND 9 AND reading_score * 2 = floor(reading_score * 2) AND
          writing_score BETWEEN 0 AND 9 AND writing_score * 2 = floor(writing_score * 2) AND
          speaking_score BETWEEN 0 AND 9 AND speaking_score * 2 = floor(speaking_score * 2) AND
          overall_band_score BETWEEN 0 AND 9 AND overall_band_score * 2 = floor(overall_band_score * 2))
      )`);
    await q.query(`
      CREATE TABLE ielts_result_photos (
        result_id uuid PRIMARY KEY REFERENCES ielts_results(id) ON DELETE CASCADE,
        media_type varchar(10) NOT NULL DEFAULT 'JPEG',
        data bytea NOT NULL
      )`);
    await q.query(`
      CREATE TABLE ielts_result_shares (
        result_id uuid NOT NULL REFERENCES ielts_results(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        trf_number varchar(18) NOT NULL,
        shared_at timestamptz NOT NULL,
        last_modified_at timestamptz NOT NULL,
        PRIMARY KEY (result_id, organisation_id)
      )`);
    // The date-range access path: one RO's shares in last-modified order, TRF as the tie-breaker.
    await q.query('CREATE INDEX ielts_result_shares_ro_modified ON ielts_result_shares (organisation_id, last_modified_at, trf_number)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE ielts_result_shares');
    await q.query('DROP TABLE ielts_result_photos');
    await q.query('DROP TABLE ielts_results');
  }
}

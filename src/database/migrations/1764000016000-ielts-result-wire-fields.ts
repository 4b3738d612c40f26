import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillDerivedColumn } from './derived-column-backfill.js';

/**
 * Each result's own members of the verification answer, kept as JSON text beside the row: from
 * "candidateId" to "status", in the contract's order, without the braces, so that an answer is the
 * RO's members, these, and the share's date put together. Building them at every read (40 columns
 * through row_to_json, dates and scores through to_char) was about 60% of PostgreSQL's time for a
 * 2000-record page; a result is written once and read by every RO it is shared with. A trigger
 * derives them from the row on every write, so no writer can let the two differ; a change to the
 * wire format of these members is a migration that replaces the function and rewrites the rows.
 *
 * Outside a transaction, so that the rows already stored are filled in batches while the previous
 * release goes on serving; every step can run again after an interruption.
 */
export class IeltsResultWireFields1764000016000 implements MigrationInterface {
  name = 'IeltsResultWireFields1764000016000';
  transaction = false;

  /** TypeORM creates it with no argument; tests pass small batches. */
  constructor(private readonly batchRows = 1000) {}

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE ielts_results ADD COLUMN IF NOT EXISTS wire_fields text');
    await q.query(`CREATE OR REPLACE FUNCTION ielts_result_wire_fields() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.wire_fields := (SELECT substr(t, 2, length(t) - 2) FROM (SELECT row_to_json(x)::text AS t FROM (SELECT ${MEMBERS}) x) j);
        RETURN NEW;
      END $$`);
    // Rows written between ADD COLUMN and here have no text yet; the fill below finds them.
    await q.query(
      'CREATE OR REPLACE TRIGGER ielts_result_wire_fields BEFORE INSERT OR UPDATE ON ielts_results FOR EACH ROW EXECUTE FUNCTION ielts_result_wire_fields()',
    );
    await backfillDerivedColumn(q, { table: 'ielts_results', key: 'id', column: 'wire_fields', touch: 'status', batchRows: this.batchRows });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS ielts_result_wire_fields ON ielts_results');
    await q.query('DROP FUNCTION IF EXISTS ielts_result_wire_fields()');
    await q.query('ALTER TABLE ielts_results DROP COLUMN IF EXISTS wire_fields');
  }
}

// The members as the verification SQL built them before (src/ielts/result-verification-sql.ts).
const MEMBERS = `NEW.candidate_id AS "candidateId", NEW.id_type AS "idType",
  NEW.centre_number AS "centreNumber", NEW.candidate_number AS "candidateNumber",
  to_char(NEW.test_date, 'YYYYMMDD') AS "testDate", NEW.module AS "module", NEW.family_name AS "familyName", NEW.first_name AS "firstName",
  to_char(NEW.date_of_birth, 'YYYYMMDD') AS "dateOfBirth", NEW.gender AS "gender", NEW.nationality AS "nationality",
  NEW.country_of_origin AS "countryOfOrigin", NEW.first_language AS "firstLanguage",
  to_char(NEW.listening_score, 'FM0.00') AS "listeningScore", to_char(NEW.reading_score, 'FM0.00') AS "readingScore",
  to_char(NEW.writing_score, 'FM0.00') AS "writingScore", to_char(NEW.speaking_score, 'FM0.00') AS "speakingScore",
  to_char(NEW.overall_band_score, 'FM0.00') AS "overallBandScore", NEW.cefr_level AS "cefrLevel", NEW.trf_number AS "trfNumber",
  NEW.telephone AS "telephone", NEW.postal_address AS "postalAddress", NEW.address_line1 AS "addressLine1",
  NEW.address_line2 AS "addressLine2", NEW.address_line3 AS "addressLine3", NEW.address_line4 AS "addressLine4",
  NEW.region AS "region", NEW.town AS "town", NEW.post_code AS "postCode", NEW.country AS "country",
  NEW.country_code AS "countryCode", NEW.candidate_email AS "candidateEmail", NEW.status AS "status"`;

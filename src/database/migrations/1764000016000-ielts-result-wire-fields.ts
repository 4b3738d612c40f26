import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillDerivedColumn } from './derived-column-backfill.js';

/**
 * Each result's own members of the verification answer, kept as JSON text beside the row: from
 * "candidateId" to "status", in the contract's order, without the braces, so that an answer is the
 * RO's members, these, and the share's date put together. Building them at every read (33 members
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
        NEW.wire_fields := ${WIRE_FIELDS};
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

// The members as the verification SQL built them before (src/ielts/result-verification-sql.ts, with
// row_to_json): the same text, put together by one expression rather than a query per row, which
// took half as long again a write.
const MEMBERS: Array<[name: string, value: string]> = [
  ['candidateId', 'NEW.candidate_id'],
  ['idType', 'NEW.id_type'],
  ['centreNumber', 'NEW.centre_number'],
  ['candidateNumber', 'NEW.candidate_number'],
  ['testDate', "to_char(NEW.test_date, 'YYYYMMDD')"],
  ['module', 'NEW.module'],
  ['familyName', 'NEW.family_name'],
  ['firstName', 'NEW.first_name'],
  ['dateOfBirth', "to_char(NEW.date_of_birth, 'YYYYMMDD')"],
  ['gender', 'NEW.gender'],
  ['nationality', 'NEW.nationality'],
  ['countryOfOrigin', 'NEW.country_of_origin'],
  ['firstLanguage', 'NEW.first_language'],
  ['listeningScore', "to_char(NEW.listening_score, 'FM0.00')"],
  ['readingScore', "to_char(NEW.reading_score, 'FM0.00')"],
  ['writingScore', "to_char(NEW.writing_score, 'FM0.00')"],
  ['speakingScore', "to_char(NEW.speaking_score, 'FM0.00')"],
  ['overallBandScore', "to_char(NEW.overall_band_score, 'FM0.00')"],
  ['cefrLevel', 'NEW.cefr_level'],
  ['trfNumber', 'NEW.trf_number'],
  ['telephone', 'NEW.telephone'],
  ['postalAddress', 'NEW.postal_address'],
  ['addressLine1', 'NEW.address_line1'],
  ['addressLine2', 'NEW.address_line2'],
  ['addressLine3', 'NEW.address_line3'],
  ['addressLine4', 'NEW.address_line4'],
  ['region', 'NEW.region'],
  ['town', 'NEW.town'],
  ['postCode', 'NEW.post_code'],
  ['country', 'NEW.country'],
  ['countryCode', 'NEW.country_code'],
  ['candidateEmail', 'NEW.candidate_email'],
  ['status', 'NEW.status'],
];

const WIRE_FIELDS = MEMBERS.map(([name, value], i) => `'${i ? ',' : ''}"${name}":' || coalesce(to_json(${value})::text, 'null')`).join(' || ');

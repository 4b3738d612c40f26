import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each photo also kept as the base64 text the verification answers carry. Encoding 8 KB photos
 * (and taking out the line breaks PostgreSQL's encoder puts in) at every read took about 40% of the
 * database's time for a 2000-record page with photos; a photo is written once and read by every RO
 * it is shared with. A trigger derives the text from the bytes on every write, so no writer can let
 * the two differ. The photos already stored are filled in the migration's own transaction, under the
 * lock ADD COLUMN takes: photo reads and writes wait for it (2.6 s for 20,000 photos of 8 KB here, on
 * a slow hour), while lookups and pages without photos never read this table and go on.
 */
export class IeltsPhotoBase641764000014000 implements MigrationInterface {
  name = 'IeltsPhotoBase641764000014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE ielts_result_photos ADD COLUMN data_base64 text');
    // Filled before the trigger exists, so that each stored photo is encoded once; ADD COLUMN's lock
    // keeps every writer out until the trigger is there.
    await q.query(`UPDATE ielts_result_photos SET data_base64 = ${base64Of('data')}`);
    await q.query(`CREATE FUNCTION ielts_result_photo_base64() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.data_base64 := ${base64Of('NEW.data')};
        RETURN NEW;
      END $$`);
    await q.query(
      'CREATE TRIGGER ielts_result_photo_base64 BEFORE INSERT OR UPDATE ON ielts_result_photos FOR EACH ROW EXECUTE FUNCTION ielts_result_photo_base64()',
    );
    await q.query('ALTER TABLE ielts_result_photos ALTER COLUMN data_base64 SET NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER ielts_result_photo_base64 ON ielts_result_photos');
    await q.query('DROP FUNCTION ielts_result_photo_base64()');
    await q.query('ALTER TABLE ielts_result_photos DROP COLUMN data_base64');
  }
}

/** A photo's bytes as the answers carry them: base64 without the line breaks PostgreSQL's encoder puts in. */
function base64Of(bytes: string): string {
  return `replace(encode(${bytes}, 'base64'), E'\\n', '')`;
}

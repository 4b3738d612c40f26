import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each photo also kept as the base64 text the verification answers carry. Encoding 8 KB photos
 * (and taking out the line breaks PostgreSQL's encoder puts in) at every read took about 40% of the
 * database's time for a 2000-record page with photos; a photo is written once and read by every RO
 * it is shared with. A trigger derives the text from the bytes on every write, so no writer can let
 * the two differ.
 *
 * This migration only adds the column and the trigger, which takes moments whatever the table's
 * size; the photos already stored are filled by the next one (1764000015000) in batches, while the
 * previous release goes on serving. Its first version filled them here, in one statement under
 * ADD COLUMN's lock: it held photo reads for minutes on a large table, and on one of more than
 * about 80,000 photos it outlasted the statement timeout, so the service could not start. A
 * database that ran that version has its photos filled already, and the next migration finds so.
 */
export class IeltsPhotoBase641764000014000 implements MigrationInterface {
  name = 'IeltsPhotoBase641764000014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE ielts_result_photos ADD COLUMN data_base64 text');
    // In the same transaction as ADD COLUMN, whose lock keeps writers out until the trigger is there:
    // no photo can be written without its text from here on.
    await q.query(`CREATE FUNCTION ielts_result_photo_base64() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.data_base64 := replace(encode(NEW.data, 'base64'), E'\\n', '');
        RETURN NEW;
      END $$`);
    await q.query(
      'CREATE TRIGGER ielts_result_photo_base64 BEFORE INSERT OR UPDATE ON ielts_result_photos FOR EACH ROW EXECUTE FUNCTION ielts_result_photo_base64()',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER ielts_result_photo_base64 ON ielts_result_photos');
    await q.query('DROP FUNCTION ielts_result_photo_base64()');
    await q.query('ALTER TABLE ielts_result_photos DROP COLUMN data_base64');
  }
}

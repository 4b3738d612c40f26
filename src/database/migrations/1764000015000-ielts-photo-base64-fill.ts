import type { MigrationInterface, QueryRunner } from 'typeorm';

// About 8 MB of 8 KB photos: a batch holds its rows' locks for a fraction of a second.
const BATCH_ROWS = 1000;
const FILLED_CHECK = 'ielts_result_photos_data_base64_filled';

/**
 * Fills the base64 text of the photos stored before 1764000014000, then makes the column NOT NULL,
 * without a lock that stops photo reads or writes for longer than a moment: the previous release
 * goes on serving while it runs. Outside a transaction, so that each batch commits on its own; run
 * again after an interruption, it carries on where the photos still have no text.
 */
export class IeltsPhotoBase64Fill1764000015000 implements MigrationInterface {
  name = 'IeltsPhotoBase64Fill1764000015000';
  transaction = false;

  /** TypeORM creates it with no argument; tests pass small batches so that a few photos span many. */
  constructor(private readonly batchRows = BATCH_ROWS) {}

  async up(q: QueryRunner): Promise<void> {
    // Databases that ran 1764000014000's first version filled the photos there.
    if (await isNotNull(q)) return;
    await fillInBatches(q, this.batchRows);
    // SET NOT NULL alone would scan the table under a lock that stops reads. A validated CHECK
    // proves the same (VALIDATE scans under a lock that lets reads and writes go on), and
    // PostgreSQL then sets NOT NULL without scanning again.
    await q.query(`ALTER TABLE ielts_result_photos DROP CONSTRAINT IF EXISTS ${FILLED_CHECK}`);
    await q.query(`ALTER TABLE ielts_result_photos ADD CONSTRAINT ${FILLED_CHECK} CHECK (data_base64 IS NOT NULL) NOT VALID`);
    await q.query(`ALTER TABLE ielts_result_photos VALIDATE CONSTRAINT ${FILLED_CHECK}`);
    await q.query('ALTER TABLE ielts_result_photos ALTER COLUMN data_base64 SET NOT NULL');
    await q.query(`ALTER TABLE ielts_result_photos DROP CONSTRAINT ${FILLED_CHECK}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE ielts_result_photos ALTER COLUMN data_base64 DROP NOT NULL');
  }
}

async function isNotNull(q: QueryRunner): Promise<boolean> {
  const [{ notNull }] = await q.query(
    "SELECT attnotnull AS \"notNull\" FROM pg_attribute WHERE attrelid = 'ielts_result_photos'::regclass AND attname = 'data_base64'",
  );
  return notNull;
}

/**
 * Walks the photos in key order, a batch to a statement. Each photo still without its text is
 * rewritten with its own bytes, which fires 1764000014000's trigger: the encoding is written once,
 * in one place.
 */
async function fillInBatches(q: QueryRunner, batchRows: number): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const rows: { last: string }[] = await q.query(
      `WITH batch AS (
         SELECT result_id FROM ielts_result_photos WHERE $1::uuid IS NULL OR result_id > $1::uuid ORDER BY result_id LIMIT $2
       ), filled AS (
         UPDATE ielts_result_photos p SET data = p.data FROM batch WHERE p.result_id = batch.result_id AND p.data_base64 IS NULL
       )
       SELECT result_id AS last FROM batch ORDER BY result_id DESC LIMIT 1`,
      [after, batchRows],
    );
    if (!rows.length) return;
    after = rows[0].last;
  }
}

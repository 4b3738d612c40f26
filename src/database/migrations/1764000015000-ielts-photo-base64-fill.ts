import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillDerivedColumn } from './derived-column-backfill.js';

/**
 * Fills the base64 text of the photos stored before 1764000014000, then makes the column NOT NULL,
 * while the previous release goes on reading and writing photos. Each photo still without its text
 * is rewritten with its own bytes, which fires 1764000014000's trigger: the encoding is written once,
 * in one place. Databases that ran 1764000014000's first version, which filled the photos itself,
 * have the column NOT NULL already, and nothing is done.
 */
export class IeltsPhotoBase64Fill1764000015000 implements MigrationInterface {
  name = 'IeltsPhotoBase64Fill1764000015000';
  // Each batch commits on its own.
  transaction = false;

  /** TypeORM creates it with no argument: batches of about 8 MB of 8 KB photos. Tests pass small ones. */
  constructor(private readonly batchRows = 1000) {}

  async up(q: QueryRunner): Promise<void> {
    await backfillDerivedColumn(q, { table: 'ielts_result_photos', key: 'result_id', column: 'data_base64', touch: 'data', batchRows: this.batchRows });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE ielts_result_photos ALTER COLUMN data_base64 DROP NOT NULL');
  }
}

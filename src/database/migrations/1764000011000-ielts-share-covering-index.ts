import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently, dropIndexConcurrently } from './concurrent-index.js';

/** The index this migration builds, and what it is on (its test builds a broken copy of it). */
export const SHARES_COVERING_INDEX = 'ielts_result_shares_ro_modified_covering';
export const SHARES_COVERING_INDEX_ON = 'ielts_result_shares (organisation_id, last_modified_at, trf_number) INCLUDE (result_id)';
/** The index it replaces, which `down` builds again. */
export const SHARES_RANGE_INDEX = 'ielts_result_shares_ro_modified';
const SHARES_RANGE_INDEX_ON = 'ielts_result_shares (organisation_id, last_modified_at, trf_number)';

/**
 * The range index also carries result_id, so that counting a range and finding a page's keys are
 * index-only scans: only the page's own rows are fetched from the heap and joined.
 *
 * Built CONCURRENTLY: on a database with many shares, a plain CREATE INDEX stopped every write to
 * them (a results import, a share) for the whole build. Run again after an interruption, it builds
 * what is not yet valid and drops the old index if it is still there. Databases that ran the first
 * version, which built it in one transaction, have the same index and are not touched.
 */
export class IeltsShareCoveringIndex1764000011000 implements MigrationInterface {
  name = 'IeltsShareCoveringIndex1764000011000';
  // CREATE and DROP INDEX CONCURRENTLY cannot run inside a transaction.
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await createIndexConcurrently(q, SHARES_COVERING_INDEX, SHARES_COVERING_INDEX_ON);
    await dropIndexConcurrently(q, SHARES_RANGE_INDEX);
  }

  async down(q: QueryRunner): Promise<void> {
    await createIndexConcurrently(q, SHARES_RANGE_INDEX, SHARES_RANGE_INDEX_ON);
    await dropIndexConcurrently(q, SHARES_COVERING_INDEX);
  }
}

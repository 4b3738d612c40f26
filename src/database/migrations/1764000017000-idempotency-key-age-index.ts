import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently, dropIndexConcurrently } from './concurrent-index.js';

const INDEX = 'idempotency_keys_created_at';

/**
 * Keys older than IDEMPOTENCY_KEY_RETENTION_HOURS are deleted every hour, oldest first: this index
 * finds them without reading the whole table. Built CONCURRENTLY, so that keyed POSTs (signed test
 * allocations among them) go on while it builds.
 */
export class IdempotencyKeyAgeIndex1764000017000 implements MigrationInterface {
  name = 'IdempotencyKeyAgeIndex1764000017000';
  // CREATE and DROP INDEX CONCURRENTLY cannot run inside a transaction.
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await createIndexConcurrently(q, INDEX, 'idempotency_keys (created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropIndexConcurrently(q, INDEX);
  }
}

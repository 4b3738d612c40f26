import type { EntityManager } from 'typeorm';

/**
 * Waits until no other transaction, in any process, holds the lock named `key`, then holds it until
 * this transaction ends (a transaction-scoped advisory lock on the key's hash). For work that must
 * take turns although it touches no common row, such as rows that do not exist yet. Two keys whose
 * hashes meet only take turns needlessly.
 */
export async function takeTransactionLock(manager: EntityManager, key: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
}

import type { QueryRunner } from 'typeorm';

/**
 * How long a concurrent build or drop waits on other transactions before it gives up, and
 * run-migrations.ts logs a warning and tries again. Its waits hold up no request (the lock it holds
 * only stops other schema changes and VACUUM on the table), so it may wait far longer than the 2 s a
 * migration otherwise waits in a lock queue; but not forever, so a transaction left open somewhere
 * shows up in the log rather than as a start-up that never ends.
 */
export const CONCURRENT_INDEX_LOCK_TIMEOUT = '1min';

/**
 * Builds an index while the table's reads and writes go on (CREATE INDEX alone stops writes for the
 * whole build). For a migration outside a transaction. A build that was interrupted (a lock timeout, a
 * process stopped) leaves the index INVALID: it is dropped and built again; a valid one is kept.
 */
export async function createIndexConcurrently(q: QueryRunner, name: string, on: string): Promise<void> {
  await withConcurrentLockTimeout(q, async () => {
    const [existing]: Array<{ valid: boolean }> = await q.query('SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = to_regclass($1)', [name]);
    if (existing?.valid) return;
    if (existing) await q.query(`DROP INDEX CONCURRENTLY ${name}`);
    await q.query(`CREATE INDEX CONCURRENTLY ${name} ON ${on}`);
  });
}

/** Drops an index without stopping the table's reads and writes while it waits for them. */
export async function dropIndexConcurrently(q: QueryRunner, name: string): Promise<void> {
  await withConcurrentLockTimeout(q, () => q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`));
}

async function withConcurrentLockTimeout(q: QueryRunner, work: () => Promise<unknown>): Promise<void> {
  const [{ lock_timeout: before }]: Array<{ lock_timeout: string }> = await q.query('SHOW lock_timeout');
  const restore = () => q.query("SELECT set_config('lock_timeout', $1, false)", [before]);
  await q.query("SELECT set_config('lock_timeout', $1, false)", [CONCURRENT_INDEX_LOCK_TIMEOUT]);
  try {
    await work();
  } catch (error) {
    // The build's own error is what the log must name: if the connection died under it, restoring
    // fails too ("Connection terminated"), and a finally would report that instead.
    await restore().catch(() => undefined);
    throw error;
  }
  await restore();
}

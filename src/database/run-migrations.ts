import { MigrationExecutor, type DataSource } from 'typeorm';

// Any constant: several processes starting at once migrate one after the other.
export const MIGRATION_LOCK = 727_001;

export interface MigrationRunOptions {
  /** How long a statement waits for a table's or a row's lock before the run steps out of the queue. */
  lockTimeoutMs?: number;
  /** Runs before giving up; each starts again from the first migration still pending. */
  attempts?: number;
  /** Pause between runs, while the traffic that queued behind the migration's lock goes through. */
  pauseMs?: number;
  /** Told of each run that gave up on a lock and will be tried again. */
  onLockTimeout?: (attempt: number, error: Error) => void;
}

/** Applies pending migrations on the one connection that holds the lock, so a pool of one suffices. */
export async function runMigrations(dataSource: DataSource, options: MigrationRunOptions = {}): Promise<string[]> {
  const { lockTimeoutMs = 2000, attempts = 30, pauseMs = 2000, onLockTimeout } = options;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // The pool's statement timeout (DB_STATEMENT_TIMEOUT_MS) is sized for requests. Under it, a
    // migration longer than 10 s would fail on every start and the service could never come up, and
    // a process waiting here for another's migrations would give up.
    await runner.query('SET statement_timeout = 0');
    // Nor may a migration that works between its statements (a backfill computed here) be ended as idle.
    await runner.query('SET idle_in_transaction_session_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    // A migration waiting for a table's lock (behind a long transaction, say) holds up every query of
    // that table that comes after it. It steps out of the queue instead, and tries again after a pause.
    await runner.query(`SET lock_timeout = ${Math.floor(lockTimeoutMs)}`);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const pending = (await executor.getPendingMigrations()).map((migration) => migration.name);
    for (let attempt = 1; ; attempt++) {
      try {
        await executor.executePendingMigrations();
        return pending;
      } catch (error) {
        if (attempt >= attempts || !isLockTimeout(error)) throw error;
        onLockTimeout?.(attempt, error as Error);
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
    }
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    // Back to the start-up values before the connection returns to the pool.
    await runner.query('RESET statement_timeout; RESET lock_timeout; RESET idle_in_transaction_session_timeout').catch(() => undefined);
    await runner.release();
  }
}

/** PostgreSQL's lock_not_available: lock_timeout ran out. */
function isLockTimeout(error: unknown): boolean {
  return (error as { driverError?: { code?: string } }).driverError?.code === '55P03';
}

import { MigrationExecutor, type DataSource } from 'typeorm';

// Any constant: several processes starting at once migrate one after the other.
const MIGRATION_LOCK = 727_001;

/** Applies pending migrations on the one connection that holds the lock, so a pool of one suffices. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // The pool's statement timeout (DB_STATEMENT_TIMEOUT_MS) is sized for requests. Under it, a
    // migration longer than 10 s would fail on every start and the service could never come up, and
    // a process waiting here for another's migrations would give up.
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    // Back to the start-up value before the connection returns to the pool.
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}

import type { DataSource, QueryRunner } from 'typeorm';

/** `work` on a query runner of its own, as run-migrations.ts runs migrations: without the requests' statement timeout. */
export async function withMigrationRunner(dataSource: DataSource, work: (runner: QueryRunner) => Promise<void>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SET statement_timeout = 0');
    await work(runner);
  } finally {
    await runner.query('RESET statement_timeout');
    await runner.release();
  }
}

/** Whether `table.column` is NOT NULL in the catalogue. */
export async function isNotNull(dataSource: DataSource, table: string, column: string): Promise<boolean> {
  const [{ notNull }] = await dataSource.query('SELECT attnotnull AS "notNull" FROM pg_attribute WHERE attrelid = $1::regclass AND attname = $2', [
    table,
    column,
  ]);
  return notNull;
}

import type { DataSource, QueryRunner } from 'typeorm';

/** `work` on a query runner of its own, as run-migrations.ts runs migrations: without the requests' statement timeout. */
export async function withMigrationRunner(dataSource: DataSource, work: (runner: QueryRunner) => Promise<void>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SET statement_timeout = 0');
    await work(runner);
  } finally {
    try {
      await runner.query('RESET statement_timeout');
    } finally {
      await runner.release();
    }
  }
}

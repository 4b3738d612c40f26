import { jest } from '@jest/globals';
import { Logger, type LoggerService } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { MIGRATION_LOCK, runMigrations } from '../../src/database/run-migrations.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { until } from '../support/until.js';

// A lock this test holds to keep a migration running.
const HELD_BY_TEST = 727_099;

/** A migration that lasts as long as the test holds its lock: a long one, whatever the machine's speed. */
class WaitsForTheTest1799999999999 implements MigrationInterface {
  name = 'WaitsForTheTest1799999999999';
  async up(q: QueryRunner): Promise<void> {
    await q.query('SELECT pg_advisory_lock($1)', [HELD_BY_TEST]);
    await q.query('SELECT pg_advisory_unlock($1)', [HELD_BY_TEST]);
  }
  async down(): Promise<void> {}
}

/** A migration that needs the strong lock of a table the test keeps in use. */
class AltersAHeldTable1799999999998 implements MigrationInterface {
  name = 'AltersAHeldTable1799999999998';
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE held_by_test ADD COLUMN note text');
  }
  async down(): Promise<void> {}
}

describe('migrations at start-up', () => {
  let database: TestDatabase;
  const dataSources: DataSource[] = [];
  let test: pg.Client;
  // What reaches the service's logger (Nest's Logger, pino under `npm start`), and what the console.
  const warned: Array<{ message: string; context?: string }> = [];
  let consoleLog: jest.SpiedFunction<typeof console.log>;

  beforeAll(async () => {
    database = await createTestDatabase();
    test = new pg.Client({ connectionString: database.url });
    await test.connect();
    Logger.overrideLogger(capturing(warned));
    consoleLog = jest.spyOn(console, 'log');
  });
  afterAll(async () => {
    consoleLog?.mockRestore();
    await test?.end();
    await Promise.all(dataSources.map((dataSource) => dataSource.destroy()));
    await database?.drop();
  });

  const waitingFor = async (key: number) =>
    (await test.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted", [key])).rowCount === 1;

  it('run past the statement timeout requests have, and leave it in place for them', async () => {
    for (let i = 0; i < 2; i++) {
      // A pool of one: the connection that ran the migrations is the one later queries get.
      const options = dataSourceOptions({ dbPoolSize: 1, dbStatementTimeoutMs: 100, dbIdleInTransactionTimeoutMs: 60_000 }, database.url);
      dataSources.push(await new DataSource({ ...options, migrations: [...MIGRATIONS, WaitsForTheTest1799999999999] }).initialize());
    }
    const [first, second] = dataSources;
    await test.query('SELECT pg_advisory_lock($1)', [HELD_BY_TEST]);
    // A lock timeout longer than the test, which is about the statement timeout.
    const patient = { lockTimeoutMs: 120_000 };
    const firstRun = settled(runMigrations(first, patient));
    await until(() => waitingFor(HELD_BY_TEST));
    // A second process starting meanwhile waits for the first one's migrations.
    const secondRun = settled(runMigrations(second, patient));
    await until(() => waitingFor(MIGRATION_LOCK));
    // Both have waited at least five times the 100 ms statement timeout when the test lets go.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await waitingFor(HELD_BY_TEST)).toBe(true);
    expect(await waitingFor(MIGRATION_LOCK)).toBe(true);
    await test.query('SELECT pg_advisory_unlock($1)', [HELD_BY_TEST]);
    expect(await firstRun).toEqual({ applied: ['WaitsForTheTest1799999999999'] });
    expect(await secondRun).toEqual({ applied: [] });
    for (const dataSource of dataSources) {
      expect(await dataSource.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '100ms' }]);
    }
  });

  it("step out of a table's lock queue while a transaction keeps the table in use, so its readers go on", async () => {
    await test.query('CREATE TABLE held_by_test (id int)');
    const options = dataSourceOptions({ dbPoolSize: 1, dbStatementTimeoutMs: 10_000, dbIdleInTransactionTimeoutMs: 60_000 }, database.url);
    const migrations = [...MIGRATIONS, WaitsForTheTest1799999999999, AltersAHeldTable1799999999998];
    const dataSource = await new DataSource({ ...options, migrations }).initialize();
    dataSources.push(dataSource);
    const reader = new pg.Client({ connectionString: database.url });
    await reader.connect();
    try {
      // Were the migration to stay in the queue, this reader would wait behind it until the test's end.
      await reader.query("SET lock_timeout = '10s'");
      await test.query('BEGIN');
      await test.query('SELECT * FROM held_by_test');
      const gaveUp: number[] = [];
      const run = (attempts: number) =>
        settled(runMigrations(dataSource, { lockTimeoutMs: 200, pauseMs: 50, attempts, onLockTimeout: (attempt) => gaveUp.push(attempt) }));

      // Out of attempts, it fails on the lock and leaves nothing half done.
      expect(await run(2)).toEqual({ error: expect.stringContaining('lock timeout') });
      expect(gaveUp).toEqual([1]);
      // TypeORM's report names the migration, through the service's logger rather than console.log.
      expect(warned).toContainEqual({
        context: 'TypeORM',
        message: expect.stringMatching(/^Migration "AltersAHeldTable1799999999998" failed, error: .*lock timeout/),
      });
      expect(consoleLog).not.toHaveBeenCalled();
      const noted = "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'held_by_test' AND column_name = 'note'";
      expect((await reader.query(noted)).rows).toEqual([{ n: 0 }]);

      const running = run(1000);
      await until(async () => gaveUp.length >= 3);
      expect((await reader.query('SELECT count(*)::int AS n FROM held_by_test')).rows).toEqual([{ n: 0 }]);
      await test.query('COMMIT');
      expect(await running).toEqual({ applied: ['AltersAHeldTable1799999999998'] });
      expect((await reader.query(noted)).rows).toEqual([{ n: 1 }]);
      expect(await dataSource.query('SHOW lock_timeout')).toEqual([{ lock_timeout: '0' }]);
    } finally {
      await test.query('ROLLBACK').catch(() => undefined);
      await reader.end();
    }
  });

  it("report a pooled connection lost while idle, which TypeORM's default logger kept quiet", async () => {
    const options = dataSourceOptions({ dbPoolSize: 1, dbStatementTimeoutMs: 10_000, dbIdleInTransactionTimeoutMs: 60_000 }, database.url);
    const dataSource = await new DataSource(options).initialize();
    dataSources.push(dataSource);
    const [{ pid }] = await dataSource.query('SELECT pg_backend_pid() AS pid');
    await test.query('SELECT pg_terminate_backend($1)', [pid]);
    await until(async () => warned.some(({ message }) => message.startsWith('Postgres pool raised an error')));
    expect(warned).toContainEqual({ context: 'TypeORM', message: expect.stringContaining('terminating connection due to administrator command') });
    // The pool opens another connection for the next query.
    expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    expect(consoleLog).not.toHaveBeenCalled();
  });
});

function capturing(warned: Array<{ message: string; context?: string }>): LoggerService {
  const ignore = () => undefined;
  return {
    log: ignore,
    error: ignore,
    debug: ignore,
    verbose: ignore,
    warn: (message: unknown, context?: string) => warned.push({ message: String(message), context }),
  };
}

/** The outcome without an unhandled rejection while the test is still waiting on the other run. */
function settled(run: Promise<string[]>): Promise<{ applied: string[] } | { error: string }> {
  return run.then(
    (applied) => ({ applied }),
    (error: Error) => ({ error: error.message }),
  );
}

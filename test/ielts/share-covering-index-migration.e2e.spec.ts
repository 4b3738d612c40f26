import pg from 'pg';
import type { QueryRunner } from 'typeorm';
import {
  IeltsShareCoveringIndex1764000011000,
  SHARES_COVERING_INDEX as COVERING,
  SHARES_COVERING_INDEX_ON as COVERING_ON,
  SHARES_RANGE_INDEX as OLD,
} from '../../src/database/migrations/1764000011000-ielts-share-covering-index.js';
import { call } from '../support/contract.js';
import { untilBlockedBy } from '../support/lock-waits.js';
import { withMigrationRunner } from '../support/migration-runner.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RANGE_INDEXES = `
  SELECT c.relname AS name, i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
   WHERE i.indrelid = 'ielts_result_shares'::regclass AND c.relname LIKE 'ielts_result_shares_ro_%' ORDER BY c.relname`;
// A write to one share, as an import or a new share makes.
const TOUCH_SHARE = `
  UPDATE ielts_result_shares SET last_modified_at = last_modified_at
   WHERE (result_id, organisation_id) = (SELECT result_id, organisation_id FROM ielts_result_shares ORDER BY 1, 2 OFFSET $1 LIMIT 1)`;

describe("the shares' covering index migration, on a database with shares", () => {
  let app: TestApp;
  let holder: pg.Client;
  let writer: pg.Client;
  const migration = new IeltsShareCoveringIndex1764000011000();

  beforeAll(async () => {
    app = await startTestApp({ DEMO_SEED: 'true', JOBS_ENABLED: 'false' });
    holder = new pg.Client({ connectionString: app.database.url });
    writer = new pg.Client({ connectionString: app.database.url });
    await Promise.all([holder.connect(), writer.connect()]);
    // Were a write to wait on the migration, it fails here rather than waiting for the test's end.
    await writer.query("SET lock_timeout = '2s'");
  });
  afterAll(async () => {
    await Promise.all([holder?.end(), writer?.end()]);
    await app?.close();
  });

  const rangeIndexes = () => app.dataSource.query(RANGE_INDEXES);
  const coveringOid = () => app.dataSource.query('SELECT to_regclass($1)::oid AS oid', [COVERING]);
  // As run-migrations.ts runs a migration: its own connection, a lock timeout of 2 s.
  const withRunner = (work: (runner: QueryRunner) => Promise<unknown>) =>
    withMigrationRunner(app.dataSource, async (runner) => {
      await runner.query("SET lock_timeout = '2s'");
      await work(runner);
      expect(await runner.query('SHOW lock_timeout')).toEqual([{ lock_timeout: '2s' }]);
      await runner.query('RESET lock_timeout');
    });
  /** The holder's transaction has written a share and stays open until the returned function commits it. */
  const holdAWrite = async () => {
    await holder.query('BEGIN');
    await holder.query(TOUCH_SHARE, [0]);
    const {
      rows: [{ pid }],
    } = await holder.query('SELECT pg_backend_pid() AS pid');
    return { pid: pid as number, commit: () => holder.query('COMMIT') };
  };

  it('build the index while writes to the shares go on, then drop the old one', async () => {
    await withRunner((runner) => migration.down(runner));
    expect(await rangeIndexes()).toEqual([{ name: OLD, valid: true }]);
    const held = await holdAWrite();
    await withRunner(async (runner) => {
      const building = migration.up(runner).then(
        () => undefined,
        (error: Error) => error,
      );
      try {
        // The build waits for the transaction that was writing when it began...
        await untilBlockedBy(writer, held.pid);
        // ...while later writes go on. A plain CREATE INDEX queued for its lock behind that transaction,
        // and every write after it queued behind the CREATE: this one would time out.
        expect((await writer.query(TOUCH_SHARE, [1])).rowCount).toBe(1);
      } finally {
        await held.commit();
      }
      expect(await building).toBeUndefined();
    });
    expect(await rangeIndexes()).toEqual([{ name: COVERING, valid: true }]);
    const range = await call(
      app
        .http()
        .get('/v1/ielts/result-verification?startDateTime=2000-01-01T00:00:00&endDateTime=2100-01-01T00:00:00&photoFlag=N&page=1&limit=5')
        .auth('demo-ielts-ro', 'demo-ielts-ro-secret'),
    );
    expect(range.status).toBe(200);
    expect(range.body.results.length).toBeGreaterThan(0);
  });

  it("report the build's own failure when its connection is cut off while it waits", async () => {
    await withRunner((runner) => migration.down(runner));
    const held = await holdAWrite();
    const runner = app.dataSource.createQueryRunner();
    try {
      const [{ pid }] = await runner.query('SELECT pg_backend_pid() AS pid');
      const building = migration.up(runner).then(
        () => undefined,
        (error: Error) => error,
      );
      await untilBlockedBy(writer, held.pid);
      await writer.query('SELECT pg_terminate_backend($1)', [pid]);
      // Not the restoring statement's "Connection terminated", which hid it before.
      expect(String(await building)).toContain('terminating connection due to administrator command');
    } finally {
      await held.commit();
      await runner.release();
    }
    // The interrupted build left an invalid index, which the next run replaces.
    await withRunner((next) => migration.up(next));
    expect(await rangeIndexes()).toEqual([{ name: COVERING, valid: true }]);
  });

  it('build again what an interrupted run left invalid, and change nothing once done', async () => {
    await withRunner((runner) => migration.down(runner));
    // A build cut off part-way (a lock timeout, a stopped process) leaves its index INVALID.
    const held = await holdAWrite();
    try {
      await writer.query("SET lock_timeout = '100ms'");
      await expect(writer.query(`CREATE INDEX CONCURRENTLY ${COVERING} ON ${COVERING_ON}`)).rejects.toThrow('lock timeout');
    } finally {
      await writer.query("SET lock_timeout = '2s'");
      await held.commit();
    }
    expect(await rangeIndexes()).toEqual([
      { name: OLD, valid: true },
      { name: COVERING, valid: false },
    ]);

    await withRunner((runner) => migration.up(runner));
    expect(await rangeIndexes()).toEqual([{ name: COVERING, valid: true }]);
    const built = await coveringOid();
    await withRunner((runner) => migration.up(runner));
    expect(await coveringOid()).toEqual(built);
  });
});

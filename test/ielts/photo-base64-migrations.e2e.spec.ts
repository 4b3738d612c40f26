import pg from 'pg';
import type { QueryRunner } from 'typeorm';
import { IeltsPhotoBase641764000014000 } from '../../src/database/migrations/1764000014000-ielts-photo-base64.js';
import { IeltsPhotoBase64Fill1764000015000 } from '../../src/database/migrations/1764000015000-ielts-photo-base64-fill.js';
import { isNotNull } from '../../src/database/migrations/derived-column-backfill.js';
import { call } from '../support/contract.js';
import { withMigrationRunner } from '../support/migration-runner.js';
import { untilBlockedBy } from '../support/lock-waits.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// What every photo's text must be: its bytes in base64, without the line breaks PostgreSQL's encoder puts in.
const MISMATCHED = "SELECT count(*)::int AS n FROM ielts_result_photos WHERE data_base64 IS DISTINCT FROM replace(encode(data, 'base64'), E'\\n', '')";
const FILL_CHECKS = "SELECT count(*)::int AS n FROM pg_constraint WHERE conname = 'ielts_result_photos_data_base64_filled'";

describe('the migrations that keep each photo as base64 text, on a database with photos', () => {
  let app: TestApp;
  let blocker: pg.Client;
  let previousRelease: pg.Client;
  const addColumn = new IeltsPhotoBase641764000014000();
  // Batches of 7 so that the demo's photos span many of them.
  const fill = new IeltsPhotoBase64Fill1764000015000(7);

  beforeAll(async () => {
    app = await startTestApp({ DEMO_SEED: 'true', JOBS_ENABLED: 'false' });
    blocker = new pg.Client({ connectionString: app.database.url });
    previousRelease = new pg.Client({ connectionString: app.database.url });
    await Promise.all([blocker.connect(), previousRelease.connect()]);
    // Were the previous release to wait on a lock, it fails here rather than waiting for the test's end.
    await previousRelease.query("SET lock_timeout = '5s'");
  });
  afterAll(async () => {
    await Promise.all([blocker?.end(), previousRelease?.end()]);
    await app?.close();
  });

  const withRunner = (work: (runner: QueryRunner) => Promise<void>) => withMigrationRunner(app.dataSource, work);
  const photoTextNotNull = () => isNotNull(app.dataSource, 'ielts_result_photos', 'data_base64');
  const one = async (sql: string) => (await app.dataSource.query(sql))[0];

  it('fill the photos stored before them in batches while the previous release reads and writes photos', async () => {
    // Back to the release before: photos without text, no trigger.
    await withRunner(async (runner) => {
      await fill.down(runner);
      await addColumn.down(runner);
    });
    // Distinct photos long enough that the encoder would break their lines.
    await app.dataSource.query("UPDATE ielts_result_photos SET data = decode(repeat(md5(result_id::text), 40), 'hex')");
    const { n: photos } = await one('SELECT count(*)::int AS n FROM ielts_result_photos');
    expect(photos).toBeGreaterThan(70);
    await withRunner(async (runner) => {
      await runner.startTransaction();
      await addColumn.up(runner);
      await runner.commitTransaction();
    });

    // A photo past the first batches stays locked, so the fill is held part-way.
    await blocker.query('BEGIN');
    const {
      rows: [held],
      // (FOR UPDATE beside OFFSET would lock the rows skipped too.)
    } = await blocker.query(
      'SELECT result_id FROM ielts_result_photos WHERE result_id = (SELECT result_id FROM ielts_result_photos ORDER BY result_id OFFSET 50 LIMIT 1) FOR UPDATE',
    );
    const {
      rows: [{ pid: blockerPid }],
    } = await blocker.query('SELECT pg_backend_pid() AS pid');
    // What the test checks while the fill waits on the locked photo.
    const whileHeld = async () => {
      await untilBlockedBy(previousRelease, blockerPid);
      const { n: filledSoFar } = await one('SELECT count(data_base64)::int AS n FROM ielts_result_photos');
      // Seven batches of seven committed; the eighth waits on the locked photo.
      expect(filledSoFar).toBe(49);

      // The previous release's reads and writes go on meanwhile: no table lock is held.
      const {
        rows: [read],
      } = await previousRelease.query("SELECT count(*)::int AS n FROM ielts_result_photos WHERE length(encode(data, 'base64')) > 0");
      expect(read.n).toBe(photos);
      const {
        rows: [written],
      } = await previousRelease.query(
        "INSERT INTO ielts_result_photos (result_id, data) SELECT id, decode('ffd8ff' || repeat('e0', 200), 'hex') FROM ielts_results r WHERE NOT EXISTS (SELECT 1 FROM ielts_result_photos p WHERE p.result_id = r.id) ORDER BY id LIMIT 1 RETURNING result_id",
      );
      await previousRelease.query(
        "UPDATE ielts_result_photos SET data = decode('ffd8ff' || repeat('e1', 200), 'hex') WHERE result_id = (SELECT result_id FROM ielts_result_photos ORDER BY result_id LIMIT 1)",
      );
      expect(written.result_id).toBeDefined();
      expect(await photoTextNotNull()).toBe(false);
    };
    await withRunner(async (runner) => {
      const filling = fill.up(runner);
      // Whatever fails below, the fill is let go, so that the runner can be released.
      const settled = filling.then(
        () => undefined,
        (error: Error) => error,
      );
      try {
        await whileHeld();
      } finally {
        await blocker.query('COMMIT');
      }
      expect(await settled).toBeUndefined();
    });

    expect((await one(MISMATCHED)).n).toBe(0);
    expect(await photoTextNotNull()).toBe(true);
    expect((await one(FILL_CHECKS)).n).toBe(0);
    // And the answers carry the photos filled in.
    const [shared] = await app.dataSource.query(
      `SELECT r.trf_number AS trf, p.data FROM ielts_result_photos p JOIN ielts_results r ON r.id = p.result_id
       JOIN ielts_result_shares s ON s.result_id = r.id JOIN api_clients c ON c.organisation_id = s.organisation_id
       WHERE c.client_id = 'demo-ielts-ro' AND p.result_id <> $1 ORDER BY p.result_id DESC LIMIT 1`,
      [held.result_id],
    );
    const seen = await call(app.http().get(`/v1/ielts/result-verification?trfNumber=${shared.trf}&photoFlag=Y`).auth('demo-ielts-ro', 'demo-ielts-ro-secret'));
    expect(seen.status).toBe(200);
    expect(seen.body.results[0].photo.data).toBe(shared.data.toString('base64'));
  });

  it('finish when run again, or after a run was cut off part-way', async () => {
    // Done already (as on a database that ran 1764000014000's first version, which filled the photos itself).
    await withRunner((runner) => fill.up(runner));
    expect(await photoTextNotNull()).toBe(true);

    // Cut off after its check was added, with photos still unfilled.
    await withRunner((runner) => fill.down(runner));
    await app.dataSource.query('ALTER TABLE ielts_result_photos DISABLE TRIGGER ielts_result_photo_base64');
    await app.dataSource.query(
      'UPDATE ielts_result_photos SET data_base64 = NULL WHERE result_id IN (SELECT result_id FROM ielts_result_photos ORDER BY result_id DESC LIMIT 10)',
    );
    await app.dataSource.query('ALTER TABLE ielts_result_photos ENABLE TRIGGER ielts_result_photo_base64');
    await app.dataSource.query(
      'ALTER TABLE ielts_result_photos ADD CONSTRAINT ielts_result_photos_data_base64_filled CHECK (data_base64 IS NOT NULL) NOT VALID',
    );
    expect((await one(MISMATCHED)).n).toBe(10);
    await withRunner((runner) => fill.up(runner));
    expect((await one(MISMATCHED)).n).toBe(0);
    expect(await photoTextNotNull()).toBe(true);
    expect((await one(FILL_CHECKS)).n).toBe(0);
  });
});

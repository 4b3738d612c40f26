import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RESULT = {
  candidateId: 'P7654321',
  idType: 'Passport',
  centreNumber: 'GB123',
  candidateNumber: '000123',
  testDate: '2019-06-01',
  module: 'Academic',
  familyName: 'SMITH',
  firstName: 'JANE',
  dateOfBirth: '1990-02-03',
  gender: 'F',
  nationality: 'GBR',
  listeningScore: 6.5,
  readingScore: 6,
  writingScore: 5.5,
  speakingScore: 6,
  overallBandScore: 6,
  status: 'RELEASED',
};
const trf = (i: number) => `19GB${String(100000 + i)}SMIT001A`;

/** PostgreSQL going away in the middle of a write load: every answer is a success or 503, and every success is kept. */
describe('the database dies under write load', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'db-crash-'));
  chmodSync(dataDir, 0o755);
  let server: EmbeddedPostgres;
  let app: TestApp;
  let admin: TestClient;

  beforeAll(async () => {
    server = await startEmbeddedPostgres({ dataDir, maxConnections: 40 });
    app = await startTestApp({ DATABASE_URL: server.url, JOBS_ENABLED: 'false' }, { url: server.url, kind: 'embedded', drop: async () => undefined });
    admin = await createClient(app, { scopes: ['ielts:admin'], orgKind: 'exam_board', orgCode: 'BOARD-CRASH' });
  });
  afterAll(async () => {
    await app?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503, never 500, and loses no acknowledged write', async () => {
    const statuses = new Map<number, number>();
    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < 400) {
        const i = next++;
        if (i === 150 && !killed) {
          killed = true;
          void server.stop();
        }
        const response = await call(
          app
            .http()
            .put(`/v1/ielts/admin/results/${trf(i)}`)
            .set('Authorization', basic(admin))
            .send(RESULT),
        );
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 201) acknowledged.push(trf(i));
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    console.log(`writes while the database died: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect([...statuses.keys()].filter((status) => status !== 201 && status !== 503)).toEqual([]);
    expect(statuses.get(503)).toBeGreaterThan(0);

    // The same cluster, started again: every write that was answered 201 is there.
    server = await startEmbeddedPostgres({ dataDir, maxConnections: 10 });
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT trf_number FROM ielts_results WHERE trf_number = ANY($1)', [acknowledged]);
      expect(rows.length).toBe(acknowledged.length);
    } finally {
      await client.end();
    }
  });
});

import { randomUUID } from 'node:crypto';
import { JobScheduler } from '../../src/jobs/job-scheduler.js';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';

const CANDIDATE = { businessStreamId: '02', sessionId: '14244', centreId: '04200', candidateNumber: '1804', assessmentCode: '0500', componentId: '07' };

describe('Idempotency keys are kept for IDEMPOTENCY_KEY_RETENTION_HOURS', () => {
  let app: TestApp;
  let centre: TestClient;
  const requestScripts = (key: string) =>
    call(app.http().post('/v1/candidates/scripts').set('Authorization', basic(centre)).set('Idempotency-Key', key).send(CANDIDATE));
  const keyCount = async (key: string) => (await app.dataSource.query('SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1', [key]))[0].n as number;

  beforeAll(async () => {
    app = await startTestApp({ IDEMPOTENCY_KEY_RETENTION_HOURS: '48' });
    centre = await createClient(app, { scopes: ['results:read', 'results:write'], orgKind: 'centre', orgCode: '04200' });
  });
  afterAll(async () => app?.close());

  it('forgets a key older than the retention, so that it acts again, and keeps the younger ones', async () => {
    const [old, young] = [`old-${randomUUID()}`, `young-${randomUUID()}`];
    const first = await requestScripts(old);
    const kept = await requestScripts(young);
    expect((await requestScripts(old)).body.scriptRequestId).toBe(first.body.scriptRequestId);
    // One key two days and an hour old, the other a minute short of two days.
    await app.dataSource.query("UPDATE idempotency_keys SET created_at = now() - interval '49 hours' WHERE key = $1", [old]);
    await app.dataSource.query("UPDATE idempotency_keys SET created_at = now() - interval '47 hours 59 minutes' WHERE key = $1", [young]);
    // The hourly job, run now as the scheduler runs it.
    app.running.app.get(JobScheduler).kick('idempotency-key-retention');
    await until(async () => (await keyCount(old)) === 0);
    expect(await keyCount(young)).toBe(1);
    const again = await requestScripts(old);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.body.scriptRequestId).not.toBe(first.body.scriptRequestId);
    const replayed = await requestScripts(young);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.body.scriptRequestId).toBe(kept.body.scriptRequestId);
  });
});

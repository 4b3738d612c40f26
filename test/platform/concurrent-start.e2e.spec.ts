import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('several processes starting together on one empty database', () => {
  let database: TestDatabase;
  let apps: TestApp[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await database?.drop();
  });

  it('all start and serve, the demo seed written exactly once', async () => {
    const started = await Promise.allSettled([1, 2, 3].map(() => startTestApp({ DEMO_SEED: 'true', JOBS_ENABLED: 'false' }, database)));
    apps = started.filter((s): s is PromiseFulfilledResult<TestApp> => s.status === 'fulfilled').map((s) => s.value);
    expect(started.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason))).toEqual([]);
    expect(apps.filter((app) => app.running.demoSeed?.seeded)).toHaveLength(1);
    for (const app of apps) {
      const response = await call(
        app.http().get('/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N').auth('demo-ielts-ro', 'demo-ielts-ro-secret'),
      );
      expect(response.status).toBe(200);
    }
    const [{ n }] = await apps[0].dataSource.query("SELECT count(*)::int AS n FROM api_clients WHERE client_id LIKE 'demo-%'");
    expect(n).toBe(6);
  }, 180_000);
});

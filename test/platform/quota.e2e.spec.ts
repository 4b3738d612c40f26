import { basic, createClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { until } from '../support/until.js';
import { startServersOnOneDatabase, type SharedDatabaseServers, type TestApp } from '../support/test-app.js';

const VERIFY = '/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N';

describe('daily quota', () => {
  let deployment: SharedDatabaseServers;
  let first: TestApp;
  let second: TestApp;
  let third: TestApp;

  beforeAll(async () => {
    // Three servers on one database, as three processes of a deployment are.
    const env = { QUOTA_MAX_LEASE: '10' };
    deployment = await startServersOnOneDatabase([env, env, env]);
    [first, second, third] = deployment.servers;
  });
  afterAll(async () => deployment?.close());

  it('reports the RateLimit fields on every authenticated response and refuses past the quota with 429', async () => {
    const client = await createClient(first, { scopes: ['ielts:read'], quota: 3 });
    const remaining: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await call(first.http().get(VERIFY).set('Authorization', basic(client)));
      expect(response.status).toBe(404);
      expect(response.headers['ratelimit-policy']).toBe('"daily";q=3;w=86400');
      expect(response.headers['ratelimit-limit']).toBe('3');
      expect(response.headers.ratelimit).toMatch(/^"daily";r=\d+;t=\d+$/);
      remaining.push(Number(response.headers['ratelimit-remaining']));
    }
    expect(remaining).toEqual([2, 1, 0]);
    const refused = await call(first.http().get(VERIFY).set('Authorization', basic(client)));
    expect(refused.status).toBe(429);
    expect(refused.body.errorCode).toBe(70429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86400);
    expect(Number(refused.headers['ratelimit-reset'])).toBe(retryAfter);
  });

  it('holds exactly across two server processes sharing one database under concurrent load', async () => {
    const quota = 57;
    const client = await createClient(first, { scopes: ['ielts:read'], quota });
    const requests = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? first : second).http().get(VERIFY).set('Authorization', basic(client)));
    const statuses = (await Promise.all(requests.map((request) => call(request)))).map((response) => response.status);
    const served = statuses.filter((status) => status === 404).length;
    expect(served + statuses.filter((status) => status === 429).length).toBe(100);
    // Never more than the quota, and what one process leased and did not spend is given back to the other.
    expect(served).toBe(quota);
    const [{ used }] = await first.dataSource.query('SELECT used FROM client_quota_usage WHERE client_id = $1', [client.clientId]);
    expect(used).toBe(quota);
  });

  it('serves exactly the quota when traffic is spread unevenly over three processes', async () => {
    {
      const quota = 500;
      const client = await createClient(first, { scopes: ['ielts:read'], quota });
      const servers = [first, first, first, first, first, first, first, second, second, third];
      let served = 0;
      for (let i = 0; i < 600; i++) {
        const status = (await call(servers[i % servers.length].http().get(VERIFY).set('Authorization', basic(client)))).status;
        if (status === 404) served++;
        else expect(status).toBe(429);
      }
      expect(served).toBe(quota);
    }
  });

  it('does not count requests that fail authentication', async () => {
    const client = await createClient(first, { scopes: ['ielts:read'], quota: 2 });
    for (let i = 0; i < 5; i++)
      await call(
        first
          .http()
          .get(VERIFY)
          .set('Authorization', basic({ ...client, secret: 'wrong' })),
      );
    const response = await call(first.http().get(VERIFY).set('Authorization', basic(client)));
    expect(response.status).toBe(404);
    expect(response.headers['ratelimit-remaining']).toBe('1');
  });

  it('touches the database once per leased block, not per request, leasing the next block before the last runs out', async () => {
    const client = await createClient(first, { scopes: ['ielts:read'], quota: 10000 });
    const used = async () =>
      Number((await first.dataSource.query('SELECT used FROM client_quota_usage WHERE client_id = $1', [client.clientId]))[0]?.used ?? 0);
    for (let i = 0; i < 27; i++) await call(first.http().get(VERIFY).set('Authorization', basic(client)));
    // 27 requests from blocks of 10: three blocks, the third with 3 units left, more than a quarter of it.
    expect(await used()).toBe(30);
    await call(first.http().get(VERIFY).set('Authorization', basic(client)));
    // The 28th leaves 2, a quarter or less: the fourth block is leased while the third still serves.
    await until(async () => (await used()) === 40);
    for (let i = 0; i < 2; i++) await call(first.http().get(VERIFY).set('Authorization', basic(client)));
    expect(await used()).toBe(40);
  });
});

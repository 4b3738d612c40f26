import { AuthFailureThrottle } from '../../src/auth/auth-failure-throttle.service.js';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startServersOnOneDatabase, type SharedDatabaseServers, type TestApp } from '../support/test-app.js';

const VERIFY = '/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N';

describe('wrong secrets are throttled per client id and address, across processes', () => {
  let deployment: SharedDatabaseServers;
  let first: TestApp;
  let second: TestApp;
  let client: TestClient;

  beforeAll(async () => {
    const env = { AUTH_FAILURE_LIMIT: '5', AUTH_FAILURE_WINDOW_SECONDS: '600' };
    deployment = await startServersOnOneDatabase([env, env]);
    [first, second] = deployment.servers;
    client = await createClient(first, { scopes: ['ielts:read'] });
  });
  afterAll(async () => deployment?.close());

  it('answers 429 with Retry-After once the limit is reached, in every process, even for the right secret', async () => {
    const wrong = basic({ clientId: client.clientId, secret: 'not-the-secret' });
    const statuses: number[] = [];
    // Alternate processes: the count lives in the database.
    for (let i = 0; i < 5; i++) statuses.push((await call((i % 2 ? second : first).http().get(VERIFY).set('Authorization', wrong))).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const locked = await call(second.http().get(VERIFY).set('Authorization', basic(client)));
    expect(locked.status).toBe(429);
    expect(locked.body.errorCode).toBe(70430);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(500);
    const token = await call(first.http().post('/oauth/token').set('Authorization', wrong).type('form').send({ grant_type: 'client_credentials' }));
    expect(token.status).toBe(429);
    expect(token.body.error).toBe('invalid_client');
  });

  it('does not lock out the same client calling from another address, and forgets failures after a success', async () => {
    const other = await createClient(first, { scopes: ['ielts:read'] });
    // Five failures of this client from another address lock out that address only.
    const throttle = first.running.app.get(AuthFailureThrottle);
    for (let i = 0; i < 5; i++) await throttle.recordFailure(other.clientId, '203.0.113.7');
    await expect(throttle.assertAllowed(other.clientId, '203.0.113.7')).rejects.toMatchObject({ code: 70430 });
    expect((await call(first.http().get(VERIFY).set('Authorization', basic(other)))).status).toBe(404);
    for (let i = 0; i < 4; i++)
      await call(
        first
          .http()
          .get(VERIFY)
          .set('Authorization', basic({ clientId: other.clientId, secret: 'wrong' })),
      );
    expect((await call(first.http().get(VERIFY).set('Authorization', basic(other)))).status).toBe(404);
    // The success cleared the four failures: four more are still below the limit of five.
    for (let i = 0; i < 4; i++)
      await call(
        first
          .http()
          .get(VERIFY)
          .set('Authorization', basic({ clientId: other.clientId, secret: 'wrong' })),
      );
    expect((await call(first.http().get(VERIFY).set('Authorization', basic(other)))).status).toBe(404);
  });

  it('throttles an unknown client id like a known one', async () => {
    const ghost = basic({ clientId: 'no-such-client', secret: 'x' });
    for (let i = 0; i < 5; i++) expect((await call(first.http().get(VERIFY).set('Authorization', ghost))).status).toBe(401);
    expect((await call(first.http().get(VERIFY).set('Authorization', ghost))).status).toBe(429);
  });
});

describe('behind a load balancer (TRUST_PROXY), wrong secrets are counted per caller address', () => {
  let deployment: SharedDatabaseServers;
  let app: TestApp;

  beforeAll(async () => {
    deployment = await startServersOnOneDatabase([
      { AUTH_FAILURE_LIMIT: '3', AUTH_FAILURE_WINDOW_SECONDS: '600', TRUST_PROXY: '127.0.0.1,::1,::ffff:127.0.0.1' },
    ]);
    [app] = deployment.servers;
  });
  afterAll(async () => deployment?.close());

  it('locks out the address in X-Forwarded-For, not the proxy that every caller comes through', async () => {
    const client = await createClient(app, { scopes: ['ielts:read'] });
    const wrong = basic({ clientId: client.clientId, secret: 'not-the-secret' });
    for (let i = 0; i < 3; i++) expect((await call(app.http().get(VERIFY).set('Authorization', wrong).set('X-Forwarded-For', '203.0.113.9'))).status).toBe(401);
    expect((await call(app.http().get(VERIFY).set('Authorization', basic(client)).set('X-Forwarded-For', '203.0.113.9'))).status).toBe(429);
    // Another caller behind the same proxy, and a direct caller, are not locked out.
    expect((await call(app.http().get(VERIFY).set('Authorization', basic(client)).set('X-Forwarded-For', '198.51.100.4'))).status).toBe(404);
    expect((await call(app.http().get(VERIFY).set('Authorization', basic(client)))).status).toBe(404);
  });
});

import pg from 'pg';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const VERIFY = '/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N';

describe('database down (503/70503) and timed out (504/70504)', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let app: TestApp;
  let client: TestClient;
  let realUrl: URL;

  beforeAll(async () => {
    database = await createTestDatabase();
    realUrl = new URL(database.url);
    proxy = new TcpProxy(realUrl.hostname, Number(realUrl.port || 5432));
    await proxy.start();
    const viaProxy = new URL(realUrl);
    viaProxy.port = String(proxy.port);
    app = await startTestApp({ DATABASE_URL: viaProxy.toString(), DB_STATEMENT_TIMEOUT_MS: '500' }, database);
    client = await createClient(app, { scopes: ['ielts:read'] });
  });
  afterAll(async () => {
    await proxy?.start();
    await app?.close();
    await proxy?.stop();
    await database?.drop();
  });

  it('answers 503/70503 and an unready readiness probe while the database is unreachable, and recovers', async () => {
    expect((await call(app.http().get(VERIFY).set('Authorization', basic(client)))).status).toBe(404);
    await proxy.stop();
    const down = await call(app.http().get(VERIFY).set('Authorization', basic(client)));
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ errorCode: 70503, errorMessage: 'Message Not Processed: One or more back-end is down. Please try again later.' });
    // When to come back, rather than at once.
    expect(down.headers['retry-after']).toBe('5');
    const ready = await call(app.http().get('/health/ready'));
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', checks: { database: 'unavailable', process: 'ok' } });
    expect((await call(app.http().get('/health/live'))).status).toBe(200);
    await proxy.start();
    // Pooled connections died with the proxy; the transient retry reconnects without a visible error.
    expect((await call(app.http().get(VERIFY).set('Authorization', basic(client)))).status).toBe(404);
    expect((await call(app.http().get('/health/ready'))).status).toBe(200);
  });

  it('answers 504/70504 when a query passes the statement timeout', async () => {
    const locker = new pg.Client({ connectionString: database.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE api_client_secrets IN ACCESS EXCLUSIVE MODE');
      const response = await call(app.http().get(VERIFY).set('Authorization', basic(client)));
      expect(response.status).toBe(504);
      expect(response.body.errorCode).toBe(70504);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect((await call(app.http().get(VERIFY).set('Authorization', basic(client)))).status).toBe(404);
  });
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basic, createClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { rawCall } from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('a request that does not arrive in time (REQUEST_TIMEOUT_MS)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ REQUEST_TIMEOUT_MS: '1000', WEBHOOK_ALLOW_PRIVATE_URLS: 'true', LOG_LEVEL: 'warn' }, undefined, { captureLogs: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    // A body that stops short of its Content-Length: before, the connection stayed open for ever.
    ['POST', '/oauth/token', 'POST /oauth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"grant_'],
    // Headers that never end: before, Node wrote a bare 408 with no body after 60 s.
    ['GET', '/health/live', 'GET /health/live HTTP/1.1\r\nHost: x\r\nX-Slow: '],
  ])('answers %s %s 408/60014 in the envelope and closes the connection', async (_method, _path, head) => {
    const answer = await rawCall(app.baseUrl, head);
    expect(answer.status).toBe(408);
    expect(answer.headers.get('connection')).toBe('close');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.body).toMatchObject({
      type: '/errors/60014',
      status: 408,
      errorCode: 60014,
      detail: 'The request line, headers and body did not all arrive in time; the connection is closed. Send the request again, whole.',
    });
    expect(answer.headers.get('x-transaction-id')).toBe(answer.body.transactionId);
  });

  it('serves a request that arrives whole, after the slow ones were cut off', async () => {
    const response = await call(app.http().get('/health/live'));
    expect(response.status).toBe(200);
  });

  it('does not limit how long a request that has arrived takes to answer', async () => {
    // An endpoint that answers the ping 2.5 s late: the operation takes longer than the budget.
    const slow = createServer((_request, response) => void setTimeout(() => response.end(), 2500));
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', () => resolve()));
    try {
      const client = await createClient(app, { scopes: ['events:read', 'events:write'] });
      const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/hooks`;
      const endpoint = await call(
        app
          .http()
          .post('/v1/webhook-endpoints')
          .set('Authorization', basic(client))
          .send({ url, events: ['*'] }),
      );
      expect(endpoint.status).toBe(201);
      const ping = await call(app.http().post(`/v1/webhook-endpoints/${endpoint.body.id}/test`).set('Authorization', basic(client)));
      expect(ping.body).toMatchObject({ delivered: true, statusCode: 200 });
    } finally {
      slow.closeAllConnections();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  });

  it('lists 60014 in the error catalogue', async () => {
    const response = await call(app.http().get('/errors/60014'));
    expect(response.body).toMatchObject({ errorCode: 60014, status: 408, title: 'Request timeout' });
  });

  // Last, so that the requests cut off above have been logged (the other tests take seconds).
  it('warns an operator of nothing for the requests cut off: the client’s doing, not the service’s', () => {
    // The request whose body was cut off was logged as "The database is unreachable": Node's error
    // for it carries ECONNRESET, as a dropped database connection does.
    expect(app.logs().filter((line) => Number(line.level) >= 40)).toEqual([]);
  });
});

import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { basic, createClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { insertGeneratedResults, organisationIdOf } from '../support/ielts-results.js';
import { rawCall } from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';
import { watchAcceptedSockets } from '../support/accepted-sockets.js';

/** Budgets short enough for a test; the idle one longer than anything a request waits on, as the settings require. */
const BUDGETS = {
  REQUEST_TIMEOUT_MS: '1000',
  CONNECTION_IDLE_TIMEOUT_MS: '6000',
  DB_STATEMENT_TIMEOUT_MS: '3000',
  WEBHOOK_TIMEOUT_MS: '5000',
  WEBHOOK_DNS_TIMEOUT_MS: '1000',
};

describe('clients that are slow to send or to read (REQUEST_TIMEOUT_MS, CONNECTION_IDLE_TIMEOUT_MS)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ ...BUDGETS, WEBHOOK_ALLOW_PRIVATE_URLS: 'true', LOG_LEVEL: 'warn' }, undefined, { captureLogs: true });
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

  it('does not hold a request that has arrived to the request budget', async () => {
    // An endpoint that answers the ping 2.5 s late: the operation takes longer than the request budget.
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

  it('lets go of a client that stops reading its answer, once nothing has moved for the idle budget', async () => {
    const reader = await createClient(app, { scopes: ['ielts:read'], orgCode: 'RO-STALLED' });
    // 1000 results with 8 KB photos: a page of about 11 MB, more than the kernel's socket buffers hold.
    await insertGeneratedResults(app, await organisationIdOf(app, 'RO-STALLED'), {
      count: 1000,
      trfPrefix: '23ST',
      marker: 'STAL',
      sharedAt: '2023-03-01T12:00:00Z',
      photos: true,
    });
    const server = app.running.app.getHttpServer();
    // The server's end of this test's connection, told apart from any other by the client's port.
    const accepted = watchAcceptedSockets(server);
    const { port } = new URL(app.baseUrl);
    const socket = connect(Number(port), '127.0.0.1');
    try {
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.pause();
      socket.write(
        'GET /v1/ielts/result-verification?startDateTime=2023-03-01T00:00:00&endDateTime=2023-03-01T23:59:59&photoFlag=Y&page=1&limit=1000 HTTP/1.1\r\n' +
          `Host: 127.0.0.1\r\nAuthorization: ${basic(reader)}\r\nConnection: close\r\n\r\n`,
      );
      await until(async () => accepted.serving(socket) !== undefined, 15_000);
      const serverSide = accepted.serving(socket)!;
      // Never read: the answer stops once the buffers are full, and the server closes the connection
      // (before, it held it, and what the kernel had not taken, for as long as the client lived).
      await until(async () => serverSide.destroyed, 30_000);
      expect(serverSide.bytesWritten).toBeGreaterThan(0);
    } finally {
      accepted.stop();
      socket.destroy();
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

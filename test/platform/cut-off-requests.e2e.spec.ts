import { connect } from 'node:net';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { insertGeneratedResults, organisationIdOf } from '../support/ielts-results.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';
import { watchAcceptedSockets } from '../support/accepted-sockets.js';

const PAGE = '/v1/ielts/result-verification?startDateTime=2024-06-01T00:00:00&endDateTime=2024-06-01T23:59:59&photoFlag=Y&page=1&limit=1000';

describe('requests whose client leaves before the answer is complete', () => {
  let app: TestApp;
  let reader: TestClient;

  beforeAll(async () => {
    app = await startTestApp({ LOG_LEVEL: 'info', LOG_BUFFER_BYTES: '0' }, undefined, { captureLogs: true });
    reader = await createClient(app, { scopes: ['ielts:read'], orgCode: 'RO-LEAVER' });
    // 1000 results with 8 KB photos: a page of about 11 MB, more than the socket buffers hold.
    await insertGeneratedResults(app, await organisationIdOf(app, 'RO-LEAVER'), {
      count: 1000,
      trfPrefix: '24LV',
      marker: 'LEAV',
      sharedAt: '2024-06-01T12:00:00Z',
      photos: true,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  const linesOf = (transactionId: string) => app.logs().filter((line) => line.transactionId === transactionId);

  it('logs the request as cut off, with its own line, and counts it as 499 in the metrics', async () => {
    const transactionId = 'cut-off-photo-page-1';
    const socket = connect(Number(new URL(app.baseUrl).port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`GET ${PAGE} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${basic(reader)}\r\nX-TRANSACTION-ID: ${transactionId}\r\n\r\n`);
    // The answer has begun: the client takes its first bytes and leaves.
    await new Promise<void>((resolve) => socket.once('data', () => resolve()));
    socket.destroy();
    // Before, such a request left no line at all: Fastify ends a request's lifecycle only when its answer finishes.
    await until(async () => linesOf(transactionId).length > 0, 10_000);
    expect(linesOf(transactionId)).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'request cut off',
        method: 'GET',
        url: PAGE,
        statusCode: 200,
        responseTime: expect.any(Number),
      }),
    ]);
    const metrics = await call(app.http().get('/metrics'));
    expect(metrics.text).toMatch(/http_requests_total\{method="GET",route="\/v1\/ielts\/result-verification",status="499"\} 1\n/);
  });

  it('logs a request answered whole once, as completed, on a connection the client then closes', async () => {
    const transactionId = 'whole-lookup-1';
    const server = app.running.app.getHttpServer();
    const accepted = watchAcceptedSockets(server);
    const socket = connect(Number(new URL(app.baseUrl).port), '127.0.0.1');
    try {
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(`GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nX-TRANSACTION-ID: ${transactionId}\r\n\r\n`);
      await new Promise<void>((resolve) => socket.once('data', () => resolve()));
      await until(async () => linesOf(transactionId).length > 0, 10_000);
      const serverSide = accepted.serving(socket)!;
      // Kept alive after its answer, then closed by the client: nothing was cut.
      const closed = new Promise<void>((resolve) => serverSide.once('close', () => resolve()));
      socket.destroy();
      await closed;
      // The server's own listener for that close ran before this test's, which was added after it.
      expect(linesOf(transactionId)).toEqual([expect.objectContaining({ msg: 'request completed', statusCode: 200 })]);
    } finally {
      accepted.stop();
      socket.destroy();
    }
  });
});

import http from 'node:http';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import pg from 'pg';
import { assertFetchedMatchesContract, call } from '../support/contract.js';
import { basic, createClient, demoClient } from '../support/clients.js';
import { insertGeneratedResults, organisationIdOf } from '../support/ielts-results.js';
import { untilBlockedBy } from '../support/lock-waits.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';
import { watchAcceptedSockets } from '../support/accepted-sockets.js';

const ADMIN = basic(demoClient('demo-provider-admin'));
// Every results load takes this lock first (ResultStatusService); the test holds it to keep one load under way.
const RESULTS_LOAD_LOCK = "hashtext('results-load')";
// Longer than the test may run: a connection the shutdown forgot would hold the close past the test's timeout.
const FOREVER_MS = 10 * 60_000;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** One request on `agent` (one kept-alive connection), its answer checked against the contract. */
function send(app: TestApp, agent: http.Agent, method: string, path: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${app.baseUrl}${path}`,
      { method, agent, headers: { authorization: ADMIN, 'content-type': 'application/json' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          const headers = new Headers(Object.entries(response.headers).map(([name, value]): [string, string] => [name, String(value)]));
          try {
            assertFetchedMatchesContract(method, `${app.baseUrl}${path}`, { status: response.statusCode!, headers }, text);
            resolve({ status: response.statusCode!, headers: response.headers, text });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

describe('shutting down', () => {
  let app: TestApp;
  let server: Server;
  let locker: pg.Client;
  // Set once a test has closed the app itself: only its database is left to drop.
  let closedByTest: boolean;

  beforeEach(async () => {
    app = await startTestApp({ DEMO_SEED: 'true', JOBS_ENABLED: 'false' });
    server = app.running.app.getHttpServer();
    server.keepAliveTimeout = FOREVER_MS;
    locker = new pg.Client({ connectionString: app.database.url });
    await locker.connect();
    closedByTest = false;
  });
  afterEach(async () => {
    await locker?.end();
    if (closedByTest) await app?.database.drop();
    else await app?.close();
  });

  /** A results load under way on `agent`'s connection, waiting on the lock the test holds, and the close begun behind it. */
  async function closeWithALoadUnderWay(agent: http.Agent): Promise<{ load: Promise<Answer>; closed: Promise<void> }> {
    // The connection is made and kept before the load, as a client's pool would.
    expect((await send(app, agent, 'GET', '/health/live')).status).toBe(200);
    const {
      rows: [{ pid }],
    } = await locker.query(`SELECT pg_backend_pid() AS pid, pg_advisory_lock(${RESULTS_LOAD_LOCK})`);
    const load = send(app, agent, 'POST', '/v1/admin/results/load', '{}');
    await untilBlockedBy(locker, pid);
    const closed = app.running.close();
    closedByTest = true;
    // The server has stopped listening: it now answers only on the connections it has.
    await until(async () => !server.listening);
    return { load, closed };
  }

  it('finishes a request under way, then lets its kept-alive connection go rather than wait out the keep-alive timeout', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const { load, closed } = await closeWithALoadUnderWay(agent);
    const [socket] = Object.values(agent.sockets).flat();
    const socketClosed = new Promise((resolve) => socket!.once('close', resolve));
    await locker.query(`SELECT pg_advisory_unlock(${RESULTS_LOAD_LOCK})`);
    const answer = await load;
    expect(answer.status).toBe(200);
    // Before, the connection stayed open after this answer for the keep-alive timeout, and the close waited for it.
    await socketClosed;
    await closed;
    agent.destroy();
  });

  it('serves a request that reaches a route on a connection still open while the server closes, rather than a bare 503', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const { load, closed } = await closeWithALoadUnderWay(agent);
    // Hold the connection open after the load's answer, as a client that sends its next request at
    // once would find it: that request then reaches a route with the server closing.
    server.keepAliveTimeout = FOREVER_MS;
    await locker.query(`SELECT pg_advisory_unlock(${RESULTS_LOAD_LOCK})`);
    expect((await load).status).toBe(200);
    const next = await send(app, agent, 'GET', '/errors');
    // Fastify answered {"error":"Service Unavailable",…} with no envelope and no transaction id.
    expect(next.status).toBe(200);
    expect(next.headers['x-transaction-id']).toBeDefined();
    expect(next.headers.connection).toBe('close');
    await closed;
    agent.destroy();
  });

  it('while draining, answers readiness 503 and closes every connection after its answer, still serving', async () => {
    app.running.beginShutdown();
    const ready = await call(app.http().get('/health/ready'));
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', checks: { database: 'ok', process: 'unavailable' } });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const errors = await send(app, agent, 'GET', '/errors');
    expect(errors.status).toBe(200);
    expect(errors.headers.connection).toBe('close');
    expect(errors.headers['x-transaction-id']).toBeDefined();
    agent.destroy();
  });
});

describe('the close deadline (SHUTDOWN_TIMEOUT_MS)', () => {
  let app: TestApp;

  beforeAll(async () => {
    // The idle budget longer than the test may run: only the deadline can end the stalled answer.
    app = await startTestApp(
      { SHUTDOWN_TIMEOUT_MS: '500', CONNECTION_IDLE_TIMEOUT_MS: String(FOREVER_MS), JOBS_ENABLED: 'false', LOG_LEVEL: 'warn' },
      undefined,
      {
        captureLogs: true,
      },
    );
  });
  afterAll(async () => {
    await app?.database.drop();
  });

  it('cuts a connection whose answer is still being written once the server has stopped listening for that long, and closes', async () => {
    const reader = await createClient(app, { scopes: ['ielts:read'], orgCode: 'RO-SLOW-READER' });
    // 1000 results with 8 KB photos: a page of about 11 MB, more than the kernel's socket buffers hold.
    await insertGeneratedResults(app, await organisationIdOf(app, 'RO-SLOW-READER'), {
      count: 1000,
      trfPrefix: '23SR',
      marker: 'SLOW',
      sharedAt: '2023-04-01T12:00:00Z',
      photos: true,
    });
    const server = app.running.app.getHttpServer();
    const accepted = watchAcceptedSockets(server);
    const socket = connect(Number(new URL(app.baseUrl).port), '127.0.0.1');
    try {
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      // Never read: the answer stops once the buffers are full and waits on this client, as it would
      // on one reading a few bytes at a time.
      socket.pause();
      socket.write(
        'GET /v1/ielts/result-verification?startDateTime=2023-04-01T00:00:00&endDateTime=2023-04-01T23:59:59&photoFlag=Y&page=1&limit=1000 HTTP/1.1\r\n' +
          `Host: 127.0.0.1\r\nAuthorization: ${basic(reader)}\r\n\r\n`,
      );
      await until(async () => (accepted.serving(socket)?.bytesWritten ?? 0) > 0, 15_000);
      const serverSide = accepted.serving(socket)!;
      // Before, the close waited for this answer until CONNECTION_IDLE_TIMEOUT_MS (2 minutes by
      // default; for ever while a few bytes moved now and then), past any orchestrator's grace period.
      await app.running.close();
      expect(serverSide.destroyed).toBe(true);
      // One warning, naming what was cut; the answer's stream ending early is not logged as a failure.
      expect(app.logs().filter((line) => Number(line.level) >= 40)).toEqual([
        expect.objectContaining({ level: 40, msg: 'the close deadline passed: connections still open are cut', timeoutMs: 500, connections: 1 }),
      ]);
    } finally {
      accepted.stop();
      socket.destroy();
    }
  });
});

import http from 'node:http';
import { connect } from 'node:net';
import pg from 'pg';
import { basic, createClient } from '../support/clients.js';
import { assertFetchedMatchesContract, call } from '../support/contract.js';
import { untilBlockedBy } from '../support/lock-waits.js';
import { parseAnswer } from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Every answer the server wrote on one connection until it closed it, split and parsed. */
function answersUntilClose(app: TestApp, requests: string): { closed: Promise<Array<ReturnType<typeof parseAnswer>>> } {
  const { hostname, port } = new URL(app.baseUrl);
  const socket = connect(Number(port), hostname, () => socket.write(requests));
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
  const closed = new Promise<Array<ReturnType<typeof parseAnswer>>>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('close', () => {
      const answers = [];
      while (received) {
        const answer = parseAnswer(received);
        const length = Number(answer.headers.get('content-length'));
        const head = received.indexOf('\r\n\r\n') + 4;
        answers.push({ ...answer, text: received.slice(head, head + length) });
        received = received.slice(head + length);
      }
      resolve(answers);
    });
  });
  return { closed };
}

describe('requests pipelined on one connection', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('takes 16 in flight, refuses the 17th with 400/60015 and closes the connection, and handles none after it', async () => {
    const admin = await createClient(app, { scopes: ['results:admin'], orgKind: 'exam_board' });
    // The first request waits on a lock the test holds, so every answer after it waits too, in order.
    const locker = new pg.Client({ connectionString: app.database.url });
    await locker.connect();
    const {
      rows: [{ pid }],
    } = await locker.query("SELECT pg_backend_pid() AS pid, pg_advisory_lock(hashtext('results-load'))");
    const load = `POST /v1/admin/results/load HTTP/1.1\r\nHost: x\r\nAuthorization: ${basic(admin)}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`;
    const live = 'GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n';
    const { closed } = answersUntilClose(app, load + live.repeat(39));
    await untilBlockedBy(locker, pid);
    await locker.query("SELECT pg_advisory_unlock(hashtext('results-load'))");
    await locker.end();
    const answers = await closed;
    expect(answers.map((answer) => answer.status)).toEqual([...Array(16).fill(200), 400]);
    answers.forEach((answer, i) =>
      assertFetchedMatchesContract(i === 0 ? 'POST' : 'GET', `${app.baseUrl}${i === 0 ? '/v1/admin/results/load' : '/health/live'}`, answer, answer.text),
    );
    const refused = answers[16];
    expect(refused.headers.get('connection')).toBe('close');
    expect(JSON.parse(refused.text)).toMatchObject({ errorCode: 60015 });
    // The 23 sent after the refusal were not handled: none of them was counted.
    const metrics = (await call(app.http().get('/metrics'))).text;
    expect(metrics).toMatch(/http_requests_total\{method="GET",route="\/health\/live",status="200"\} 15\n/);
    expect(metrics).toMatch(/http_requests_total\{method="GET",route="\/health\/live",status="400"\} 1\n/);
  });

  it('serves requests pipelined within the limit, connection kept', async () => {
    const { hostname, port } = new URL(app.baseUrl);
    const socket = connect(Number(port), hostname, () => socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(16)));
    let received = '';
    await new Promise<void>((resolve) =>
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString('utf8');
        if ((received.match(/HTTP\/1\.1 200 /g) ?? []).length === 16) resolve();
      }),
    );
    expect(socket.destroyed).toBe(false);
    expect(received).not.toMatch(/connection: close/i);
    socket.destroy();
  });
});

describe('requests answered one after another on one kept-alive connection', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  // A balancer keeps its connections for thousands of requests: every answer, of every kind, must
  // count its request out, or the connection would one day refuse everything.
  it('counts out every kind of answer, so that 16 rounds of them never reach the limit', async () => {
    const client = await createClient(app, { scopes: ['results:admin'], orgKind: 'exam_board' });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<unknown>();
    const send = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
      new Promise<number>((resolve, reject) => {
        const request = http.request(`${app.baseUrl}${path}`, { method, agent, headers }, (response) => {
          sockets.add(response.socket);
          response.resume();
          response.on('end', () => resolve(response.statusCode!));
        });
        request.on('error', reject);
        request.end(body);
      });
    const kinds = async () => [
      await send('GET', '/no-such-route'),
      await send('DELETE', '/health/live'),
      await send('GET', '/v1/admin/scripts/%ZZ'),
      await send('GET', '/health/live', { 'x-transaction-id': 'bad id!' }),
      await send('HEAD', '/health/live'),
      await send('OPTIONS', '/health/live'),
      await send('GET', '/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N'),
      await send('GET', '/health/live', { accept: 'image/png' }),
      await send('POST', '/v1/admin/results/load', { authorization: basic(client), 'content-type': 'text/plain' }, 'hello'),
      await send('POST', '/v1/admin/results/load', { authorization: basic(client), 'content-type': 'application/json' }, '{"candidateResults": ['),
      await send('POST', '/v1/admin/results/load', { authorization: basic(client), 'content-type': 'application/json' }, '{}'),
    ];
    const first = await kinds();
    expect(first).toEqual([404, 405, 400, 400, 200, 405, 401, 406, 415, 400, 200]);
    for (let round = 1; round < 16; round++) expect(await kinds()).toEqual(first);
    expect(sockets.size).toBe(1);
    agent.destroy();
  });
});

import { connect } from 'node:net';
import { basic, createClient } from '../support/clients.js';
import { assertFetchedMatchesContract, call } from '../support/contract.js';
import { parseAnswer } from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The answer to a request whose body is announced (a megabyte) but never sent beyond its first
 * bytes: read as soon as it is whole, the connection then dropped. An answer at all shows that the
 * server did not wait for the body.
 */
function answerWithoutTheBody(app: TestApp, path: string, authorization?: string): Promise<ReturnType<typeof parseAnswer>> {
  const { hostname, port } = new URL(app.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      const split = received.indexOf('\r\n\r\n');
      if (split < 0) return;
      const answer = parseAnswer(received);
      if (Buffer.byteLength(answer.text) < Number(answer.headers.get('content-length'))) return;
      socket.destroy();
      assertFetchedMatchesContract('POST', `${app.baseUrl}${path}`, answer, answer.text);
      resolve(answer);
    });
    socket.on('error', reject);
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n` +
        (authorization ? `Authorization: ${authorization}\r\n` : '') +
        '\r\n[[[[[[[[[[',
    );
  });
}

describe('credentials are checked before a body is read', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 401 to a request without credentials, or with wrong ones, while its body is still coming', async () => {
    const none = await answerWithoutTheBody(app, '/v1/admin/results/load');
    expect(none.status).toBe(401);
    expect(JSON.parse(none.text)).toMatchObject({ errorCode: 70402 });
    const wrong = await answerWithoutTheBody(app, '/v1/admin/results/load', basic({ clientId: 'no-such-client', secret: 'wrong-secret' }));
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.text)).toMatchObject({ errorCode: 70401 });
  });

  it('answers 401 to a malformed body without credentials, 400 with them, and 403 to a client without the scope', async () => {
    const anonymous = await call(app.http().post('/v1/admin/results/load').set('Content-Type', 'application/json').send('{"candidateResults": ['));
    expect(anonymous.status).toBe(401);
    const admin = await createClient(app, { scopes: ['results:admin'], orgKind: 'exam_board' });
    const malformed = await call(
      app.http().post('/v1/admin/results/load').set('Authorization', basic(admin)).set('Content-Type', 'application/json').send('{"candidateResults": ['),
    );
    expect(malformed.status).toBe(400);
    // The scope is still the guard's to check, after the body.
    const reader = await createClient(app, { scopes: ['results:read'], orgKind: 'centre' });
    expect((await call(app.http().post('/v1/admin/results/load').set('Authorization', basic(reader)).send({}))).status).toBe(403);
    expect((await call(app.http().post('/v1/admin/results/load').set('Authorization', basic(admin)).send({}))).status).toBe(200);
  });

  it('leaves the token endpoint, which takes credentials in its body, to check them itself', async () => {
    const client = await createClient(app, { scopes: ['ielts:read'] });
    const token = await call(
      app.http().post('/oauth/token').type('form').send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.secret }),
    );
    expect(token.status).toBe(200);
  });
});

import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { assertFetchedMatchesContract } from '../support/contract.js';
import { insertGeneratedResults, organisationIdOf } from '../support/ielts-results.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CORS_ORIGIN = 'https://ats.example.org';
const RANGE = '/v1/ielts/result-verification?startDateTime=2024-05-01T00:00:00&endDateTime=2024-05-01T23:59:59&page=1&limit=2000';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they came on the wire. */
  wire: Buffer;
  /** The body once its coding is undone. */
  text: string;
}

describe('compressed answers (Accept-Encoding: gzip)', () => {
  let app: TestApp;
  let ro: TestClient;

  /** A request with exactly these headers (no client adds its own Accept-Encoding), its answer checked against the contract. */
  function send(path: string, headers: Record<string, string>, method = 'GET'): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const request = http.request(`${app.baseUrl}${path}`, { method, headers: { authorization: basic(ro), ...headers }, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const wire = Buffer.concat(chunks);
          // An answer to HEAD names its coding but has no body to undo it on.
          const text = (response.headers['content-encoding'] === 'gzip' && method !== 'HEAD' ? gunzipSync(wire) : wire).toString('utf8');
          try {
            const fetched = new Headers(Object.entries(response.headers).map(([name, value]): [string, string] => [name, String(value)]));
            assertFetchedMatchesContract(method, `${app.baseUrl}${path}`, { status: response.statusCode!, headers: fetched }, text);
            resolve({ status: response.statusCode!, headers: response.headers, wire, text });
          } catch (error) {
            reject(error);
          }
        });
      });
      request.on('error', reject);
      request.end();
    });
  }

  /** What is the same in two answers to one request: all but the request's own id and time. */
  const withoutRequestMetadata = (text: string) => {
    const page = JSON.parse(text);
    return { ...page, messageMetadata: { ...page.messageMetadata, messageRequestUid: undefined, messageRequestDateTime: undefined } };
  };

  beforeAll(async () => {
    app = await startTestApp({ CORS_ORIGINS: CORS_ORIGIN, DB_STATEMENT_TIMEOUT_MS: '1000' });
    ro = await createClient(app, { scopes: ['ielts:read'], orgCode: 'RO-GZIP' });
    const organisation = await organisationIdOf(app, 'RO-GZIP');
    await insertGeneratedResults(app, organisation, { count: 600, trfPrefix: '24GZ', marker: 'GZIP', sharedAt: '2024-05-01T12:00:00Z', photos: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gzips a streamed page when asked, and it decodes to the page sent to a client that did not ask', async () => {
    const plain = await send(`${RANGE}&photoFlag=N`, {});
    const gzipped = await send(`${RANGE}&photoFlag=N`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    // CORS (on in this app) names Origin first, on every answer.
    expect(gzipped.headers.vary).toBe('Origin, Accept-Encoding');
    expect(plain.headers.vary).toBe('Origin, Accept-Encoding');
    expect(withoutRequestMetadata(gzipped.text)).toEqual(withoutRequestMetadata(plain.text));
    expect(JSON.parse(gzipped.text).results).toHaveLength(600);
    // Results that differ only by number: far smaller on the wire.
    expect(gzipped.wire.length).toBeLessThan(plain.wire.length / 4);
  });

  it('gzips a page written whole (50 results or fewer) with its compressed length, and XML as JSON', async () => {
    const small = await send(`${RANGE.replace('limit=2000', 'limit=20')}&photoFlag=N`, { 'accept-encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBe('gzip');
    expect(Number(small.headers['content-length'])).toBe(small.wire.length);
    expect(JSON.parse(small.text).results).toHaveLength(20);
    const xml = await send(`${RANGE}&photoFlag=N`, { 'accept-encoding': 'gzip', accept: 'application/xml' });
    expect(xml.headers['content-encoding']).toBe('gzip');
    expect(xml.text.match(/<result>/g)).toHaveLength(600);
  });

  it.each([
    ['no Accept-Encoding', {}],
    ['identity', { 'accept-encoding': 'identity' }],
    ['only codings it does not offer', { 'accept-encoding': 'br, zstd' }],
    ['gzip refused', { 'accept-encoding': 'gzip;q=0, deflate' }],
  ])('sends the page as it is for %s', async (_case, headers) => {
    const answer = await send(`${RANGE}&photoFlag=N`, headers);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.wire.toString('utf8')).results).toHaveLength(600);
  });

  it('sends photos, a TRF lookup and a page under 1 KB as they are', async () => {
    const photos = await send(`${RANGE.replace('limit=2000', 'limit=60')}&photoFlag=Y`, { 'accept-encoding': 'gzip' });
    expect(photos.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(photos.text).results[0].photo.data).toHaveLength(10924);
    const lookup = await send('/v1/ielts/result-verification?trfNumber=24GZ000001GZIP001A&photoFlag=N', { 'accept-encoding': 'gzip' });
    expect(lookup.status).toBe(200);
    expect(lookup.headers['content-encoding']).toBeUndefined();
    const empty = await send('/v1/ielts/result-verification?startDateTime=2001-01-01T00:00:00&endDateTime=2001-01-01T23:59:59&photoFlag=N', {
      'accept-encoding': 'gzip',
    });
    expect(JSON.parse(empty.text).results).toEqual([]);
    expect(empty.headers['content-encoding']).toBeUndefined();
  });

  it('adds Accept-Encoding to the Vary that CORS sets, for a browser on an allowed origin', async () => {
    const answer = await send(`${RANGE}&photoFlag=N`, { 'accept-encoding': 'gzip', origin: CORS_ORIGIN });
    expect(answer.headers['access-control-allow-origin']).toBe(CORS_ORIGIN);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers.vary).toBe('Origin, Accept-Encoding');
  });

  it('answers HEAD with the headers of the compressed page and no body', async () => {
    const answer = await send(`${RANGE}&photoFlag=N`, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.wire.length).toBe(0);
  });

  it('answers a page whose first rows cannot be read with a problem that comes as it is', async () => {
    const locker = new pg.Client({ connectionString: app.database.url });
    await locker.connect();
    try {
      // The count reads the shares alone; the page's rows join the results, held here past the statement timeout.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE ielts_results IN ACCESS EXCLUSIVE MODE');
      const answer = await send(`${RANGE}&photoFlag=N`, { 'accept-encoding': 'gzip' });
      expect(answer.status).toBe(504);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(answer.wire.toString('utf8'))).toMatchObject({ errorCode: 70504 });
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
  });
});

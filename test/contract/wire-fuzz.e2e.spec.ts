import fc from 'fast-check';
import { join } from 'node:path';
import { contractOperations, loadContract } from '../../src/contract/contract-document.js';
import { ERROR_CATALOGUE } from '../../src/errors/error-catalogue.js';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { assertFetchedMatchesContract } from '../support/contract.js';
import { parseAnswer, sendAndWaitForClose } from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The contract fuzz below the HTTP clients: requests written byte by byte, with what no client
 * library sends (no Host, an Expect it cannot meet, a transfer coding, CONNECT, another HTTP version,
 * bare LF line ends, a malformed or oversized header, the absolute or asterisk form of the target).
 * Whatever the request, the server must answer (never close the connection silently), never with a
 * 5xx, and every refusal in the envelope with its transaction id, as the contract lists it. It found
 * Node's own answers that bypassed the envelope: a bare 400 for a missing Host, a bare 417 for an
 * Expect, a closed connection for CONNECT. A request with two Hosts, a Host that is no host or two
 * credentials must not be served (Node took the first of each).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25) * 8;
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);

const contract = loadContract(join(process.cwd(), 'openapi'));
const operations = contractOperations(contract).map(({ path, method, parameters }) => ({
  method: method.toUpperCase(),
  // Each path parameter as the contract's example has it (what "Try it out" sends), else a word.
  path: path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
    return encodeURIComponent(String(parameter?.example ?? parameter?.schema?.example ?? 'x'));
  }),
}));

/** Mostly left alone (null), so that each request departs from a well-formed one in a few ways only. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

const wireRequest = fc.record({
  operation: fc.constantFrom(...operations),
  method: rarely(fc.constantFrom('CONNECT', 'TRACE', 'PRI', 'FOO', 'get', 'OPTIONS', 'HEAD')),
  version: fc.oneof({ weight: 8, arbitrary: fc.constant('HTTP/1.1') }, { weight: 1, arbitrary: fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/1.2') }),
  lineEnd: fc.oneof({ weight: 12, arbitrary: fc.constant('\r\n') }, { weight: 1, arbitrary: fc.constant('\n') }),
  target: fc.oneof(
    { weight: 8, arbitrary: fc.constant('origin' as const) },
    { weight: 1, arbitrary: fc.constantFrom('absolute' as const, 'asterisk' as const, 'authority' as const) },
  ),
  host: fc.oneof(
    { weight: 8, arbitrary: fc.constant('one' as const) },
    { weight: 1, arbitrary: fc.constantFrom('none' as const, 'two' as const, 'empty' as const, 'invalid' as const) },
  ),
  authorised: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  expect: rarely(fc.constantFrom('100-continue', '200-ok', 'foo, 100-continue', '')),
  transferEncoding: rarely(fc.constantFrom('chunked', 'gzip, chunked', 'chunked, chunked', 'gzip', 'identity')),
  body: rarely(fc.constantFrom('{}', '{"a":', 'null', '{"a":1,"a":2}', 'grant_type=client_credentials', 'scope=a&scope=b', '\u00e9')),
  contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
  extraHeader: rarely(
    fc.constantFrom(
      'X-A: b\u0000c',
      'Bad Name: x',
      ': empty',
      `X-Long: ${'a'.repeat(20_000)}`,
      'Content-Length: -1',
      'Content-Length: 2, 3',
      'X-TRANSACTION-ID: <x>',
      'Authorization: Bearer other',
      'Content-Type: text/plain',
    ),
  ),
});

/** The codes of what Node answers on the socket, before any route reads the request. */
const SOCKET_ANSWERS = new Set([60011, 60013, 60014]);

type WireRequest = typeof wireRequest extends fc.Arbitrary<infer T> ? T : never;

function rawRequest(request: WireRequest, baseUrl: string, client: TestClient): { bytes: Buffer; method: string; path: string } {
  const method = request.method ?? request.operation.method;
  const { host, port } = new URL(baseUrl);
  const target = { origin: request.operation.path, absolute: `${baseUrl}${request.operation.path}`, asterisk: '*', authority: `${host}` }[request.target];
  const end = request.lineEnd;
  const headers = ['Connection: close'];
  if (request.host === 'one' || request.host === 'two') headers.push(`Host: 127.0.0.1:${port}`);
  if (request.host === 'two') headers.push('Host: evil.example');
  if (request.host === 'empty') headers.push('Host:');
  if (request.host === 'invalid') headers.push('Host: a/b');
  if (request.authorised) headers.push(`Authorization: ${basic(client)}`);
  if (request.expect !== null) headers.push(`Expect: ${request.expect}`);
  if (request.extraHeader !== null) headers.push(request.extraHeader);
  const body = request.body === null ? undefined : Buffer.from(request.body, 'latin1');
  if (body) headers.push(`Content-Type: ${request.contentType}`);
  let payload = Buffer.alloc(0);
  if (request.transferEncoding !== null) {
    headers.push(`Transfer-Encoding: ${request.transferEncoding}`);
    const content = body ?? Buffer.alloc(0);
    payload = Buffer.concat([
      Buffer.from(content.length > 0 ? `${content.length.toString(16)}${end}` : ''),
      content,
      Buffer.from(`${content.length > 0 ? end : ''}0${end}${end}`),
    ]);
  } else if (body) {
    headers.push(`Content-Length: ${body.length}`);
    payload = body;
  }
  const head = `${method} ${target} ${request.version}${end}${headers.join(end)}${end}${end}`;
  return {
    bytes: Buffer.concat([Buffer.from(head, 'latin1'), payload]),
    method,
    path: target.startsWith('/') ? target : request.target === 'absolute' ? request.operation.path : '/',
  };
}

describe('wire fuzz: requests no HTTP client sends', () => {
  let app: TestApp;
  let client: TestClient;
  const statuses: Record<number, number> = {};

  beforeAll(async () => {
    // A short request budget bounds a request the fuzz leaves unfinished (it should leave none).
    app = await startTestApp({ REQUEST_TIMEOUT_MS: '3000' });
    client = await createClient(app, { scopes: ['ielts:read', 'events:read', 'events:write'] });
  });
  afterAll(async () => {
    console.log(`wire fuzz: seed ${SEED}, ${RUNS} requests; statuses ${JSON.stringify(statuses)}`);
    await app?.close();
  });

  it('answers every request, never 5xx, every refusal in the envelope as the contract lists it', async () => {
    await fc.assert(
      fc.asyncProperty(wireRequest, async (request) => {
        const { bytes, method, path } = rawRequest(request, app.baseUrl, client);
        const raw = await sendAndWaitForClose(app.baseUrl, bytes);
        expect(raw).toMatch(/^HTTP\/1\.1 \d{3} /);
        const answer = parseAnswer(raw);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        expect(answer.status).toBeLessThan(500);
        // Two Hosts (RFC 9112), two credentials or two media types are never served: Node used to take the first.
        const twice =
          (request.authorised && request.extraHeader?.startsWith('Authorization')) ||
          (request.body !== null && request.extraHeader?.startsWith('Content-Type'));
        if (request.host === 'two' || request.host === 'invalid' || twice) expect(answer.status).toBeGreaterThanOrEqual(400);
        // A request Node could not read (60011, 60013, 60014) is answered on the socket with a body,
        // whatever its method: unread, it is not known to be a HEAD. The connection closes after it.
        const unread = method === 'HEAD' && answer.text !== '' && SOCKET_ANSWERS.has(JSON.parse(answer.text).errorCode);
        // What the contract lists for the operation (a method it does not list at the path: the envelope
        // alone; HEAD: what it lists for the GET, without a body).
        assertFetchedMatchesContract(unread ? 'GET' : method, `${app.baseUrl}${path}`, answer, answer.text);
        if (method === 'HEAD' && !unread) return;
        if (answer.status < 400) return;
        expect(answer.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
        const problem = JSON.parse(answer.text);
        expect(Object.keys(ERROR_CATALOGUE)).toContain(String(problem.errorCode));
        expect(answer.headers.get('x-transaction-id')).toBe(problem.transactionId);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

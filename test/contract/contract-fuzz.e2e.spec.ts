import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import { contractOperations, loadContract } from '../../src/contract/contract-document.js';
import { signatureHeaderValue } from '../../src/fulfillment/request-signature.js';
import { DEMO_CLIENTS } from '../../src/seed/demo-clients.js';
import { DEMO_FULFILLMENT_KEYS } from '../../src/seed/fulfillment-demo-data.js';
import { assertFetchedMatchesContract } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { hostileValue, validValue } from './schema-arbitraries.js';

/**
 * Property-based contract fuzzing over every operation of the served contract, on a seeded
 * sandbox: well-formed requests generated from each operation's schemas, and the same requests with
 * one hostile change. Whatever is sent, the answer is never a 5xx, always carries X-TRANSACTION-ID,
 * errors are problems in the envelope, and status, media type and body are the contract's.
 * CI runs a fixed seed and a small budget; `npm run fuzz` runs longer (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const document = loadContract(join(process.cwd(), 'openapi'));
const components = document.components?.schemas ?? {};
type Schema = Record<string, any>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

interface Operation {
  id: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { mediaType: string; schema: Schema; required: boolean };
  scopes: string[] | null;
}

interface Plan {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  body?: unknown;
  /** Raw body text or bytes replacing the serialised body (hostile bodies). */
  rawBody?: string | Buffer;
  contentType?: string;
  authorization?: string | null;
}

const operations: Operation[] = contractOperations(document).map(({ path, method, operation: op, parameters }) => {
  const [mediaType, content] =
    Object.entries<Schema>(op.requestBody?.content ?? {}).find(([type]) => type.includes('json')) ??
    Object.entries<Schema>(op.requestBody?.content ?? {})[0] ??
    [];
  const security: Array<Record<string, string[]>> = op.security ?? document.security ?? [];
  return {
    id: op.operationId,
    method: method.toUpperCase(),
    path,
    parameters: parameters as Parameter[],
    body: mediaType ? { mediaType, schema: content.schema, required: !!op.requestBody.required } : undefined,
    scopes: security.length === 0 || security.some((r) => Object.keys(r).length === 0) ? null : [...new Set(security.flatMap((r) => Object.values(r).flat()))],
  };
});

function credentialsFor(operation: Operation): string | null {
  if (!operation.scopes) return null;
  const client = DEMO_CLIENTS.find((c) => operation.scopes!.some((scope) => c.scopes.includes(scope)));
  if (!client) throw new Error(`${operation.id}: no demo client holds ${operation.scopes.join(' or ')}`);
  return `Basic ${Buffer.from(`${client.clientId}:${client.secret}`).toString('base64')}`;
}

function validPlan(operation: Operation): fc.Arbitrary<Plan> {
  const group = (location: Parameter['in']) => {
    const parameters = operation.parameters.filter((p) => p.in === location && !/^x-fulfillment-signature$/i.test(p.name));
    return fc.record(Object.fromEntries(parameters.map((p) => [p.name, validValue(p.schema ?? { type: 'string' }, components)])), {
      requiredKeys: parameters.filter((p) => p.required).map((p) => p.name),
    });
  };
  let body: fc.Arbitrary<unknown> = operation.body ? validValue(operation.body.schema, components) : fc.constant(undefined);
  if (operation.id === 'obtainTestId') {
    // The sandbox's signing keys exist for these product codes only: sign with the right key.
    body = fc.tuple(body, fc.constantFrom(...DEMO_FULFILLMENT_KEYS.map((k) => k.productCode))).map(([b, code]) => ({ ...(b as object), 'product-code': code }));
  }
  return fc.record({ path: group('path'), query: group('query'), headers: group('header') as fc.Arbitrary<Record<string, string>>, body }).map((plan) => ({
    ...plan,
    contentType: operation.body?.mediaType,
    authorization: credentialsFor(operation),
  }));
}

const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const HOSTILE_BODIES = [
  deepJson(10_000),
  deepJson(65),
  '{',
  '{"a":1,}',
  '',
  '[]',
  '"text"',
  '123',
  'null',
  `{"x":"${'y'.repeat(2_000_000)}"}`,
  '{"__proto__":{"admin":true}}',
  // A key given twice: JSON.parse keeps the last, another reader the first.
  '{"a":1,"a":2}',
  // A name in Latin-1: not UTF-8, as JSON must be.
  Buffer.from('{"name":"Jos\u00e9 Mu\u00f1oz"}', 'latin1'),
];
const HOSTILE_AUTH = [
  `Basic ${Buffer.from('a\u0000b:x').toString('base64')}`,
  `Basic ${Buffer.from('\ud800:x').toString('base64')}`,
  'Basic !!!',
  'Bearer \u00ff\u00fe',
  `Bearer ${'x'.repeat(3000)}`,
  'Digest abc',
  '',
];

function hostilePlan(operation: Operation): fc.Arbitrary<Plan> {
  const names = (location: Parameter['in']) => operation.parameters.filter((p) => p.in === location).map((p) => p.name);
  const bodyFields = Object.keys(resolve(operation.body?.schema)?.properties ?? {});
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('param' as const), location: fc.constantFrom('path' as const, 'query' as const), index: fc.nat(), value: hostileValue }),
    fc.record({ kind: fc.constant('field' as const), index: fc.nat(), value: hostileValue }),
    fc.record({ kind: fc.constant('drop' as const), index: fc.nat() }),
    fc.record({ kind: fc.constant('extra' as const), value: hostileValue }),
    fc.record({ kind: fc.constant('body' as const), raw: fc.constantFrom(...HOSTILE_BODIES) }),
    fc.record({ kind: fc.constant('auth' as const), value: fc.constantFrom(...HOSTILE_AUTH) }),
    fc.record({ kind: fc.constant('coding' as const), value: fc.constantFrom('gzip', 'br', 'deflate, identity', 'identity') }),
    fc.record({
      kind: fc.constant('media' as const),
      accept: fc.constantFrom('application/x-nope', 'text/html;q=1, */*;q=0', '*/*'),
      contentType: fc.constantFrom('text/plain', 'application/xml', 'application/json; charset=latin1', 'multipart/form-data; boundary=x'),
    }),
  );
  return fc.tuple(validPlan(operation), mutation).map(([plan, change]) => {
    const next: Plan = { ...plan, path: { ...plan.path }, query: { ...plan.query }, headers: { ...plan.headers } };
    const body = next.body && typeof next.body === 'object' && !Array.isArray(next.body) ? { ...(next.body as Record<string, unknown>) } : next.body;
    next.body = body;
    switch (change.kind) {
      case 'param': {
        const list = names(change.location);
        if (list.length) next[change.location][list[change.index % list.length]] = change.value;
        else next.query[`unknown_${change.index % 3}`] = change.value;
        break;
      }
      case 'field':
        if (bodyFields.length && body && typeof body === 'object')
          (body as Record<string, unknown>)[bodyFields[change.index % bodyFields.length]] = change.value;
        else next.body = change.value;
        break;
      case 'drop': {
        const required = [
          ...operation.parameters.filter((p) => p.required && p.in === 'query').map((p) => ['query', p.name]),
          ...(resolve(operation.body?.schema)?.required ?? []).map((f: string) => ['body', f]),
        ];
        if (required.length) {
          const [where, name] = required[change.index % required.length];
          if (where === 'query') delete next.query[name];
          else if (body && typeof body === 'object') delete (body as Record<string, unknown>)[name];
        } else next.body = undefined;
        break;
      }
      case 'extra':
        if (body && typeof body === 'object') (body as Record<string, unknown>).unexpectedField = change.value;
        else next.query.unexpectedParameter = change.value;
        break;
      case 'body':
        next.rawBody = change.raw;
        next.contentType ??= 'application/json';
        break;
      case 'auth':
        next.authorization = change.value;
        break;
      case 'coding':
        next.headers['content-encoding'] = change.value;
        break;
      case 'media':
        next.headers.accept = change.accept;
        if (next.body !== undefined) next.contentType = change.contentType;
        break;
    }
    return next;
  });
}

function resolve(schema: Schema | undefined): Schema | undefined {
  return schema?.$ref ? resolve(components[schema.$ref.split('/').pop()!]) : schema;
}

/** Percent-encodes like a client would; a lone surrogate, which has no UTF-8, goes as the bytes of one (CESU-8). */
function encode(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  try {
    return encodeURIComponent(text);
  } catch {
    return text
      .split('')
      .map((ch) => (/[\ud800-\udfff]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch)))
      .join('');
  }
}

interface Seen {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

async function send(app: TestApp, operation: Operation, plan: Plan): Promise<{ url: string; seen: Seen } | undefined> {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encode(plan.path[name] ?? 'missing'));
  const query = Object.entries(plan.query)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${encode(name)}=${encode(value)}`)
    .join('&');
  const url = `${app.baseUrl}${path}${query ? `?${query}` : ''}`;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(plan.headers)) if (value !== undefined) headers[name] = String(value);
  if (plan.authorization) headers.authorization = plan.authorization;
  let body: string | Buffer | undefined = plan.rawBody;
  if (body === undefined && plan.body !== undefined) {
    body =
      plan.contentType === 'application/x-www-form-urlencoded' && plan.body && typeof plan.body === 'object'
        ? Object.entries(plan.body as Record<string, unknown>)
            .map(([k, v]) => `${encode(k)}=${encode(v)}`)
            .join('&')
        : plan.contentType === 'text/csv'
          ? String(plan.body)
          : JSON.stringify(plan.body);
  }
  if (body !== undefined) headers['content-type'] = plan.contentType ?? 'application/json';
  if (operation.id === 'obtainTestId' && body !== undefined) {
    const code = (plan.body as Record<string, unknown> | undefined)?.['product-code'];
    const key = DEMO_FULFILLMENT_KEYS.find((k) => k.productCode === code) ?? DEMO_FULFILLMENT_KEYS[0];
    headers['x-fulfillment-signature'] = signatureHeaderValue(key.keyId, key.secret, body, Math.floor(Date.now() / 1000), randomBytes(12).toString('hex'));
  }
  let response: globalThis.Response;
  try {
    const sent = typeof body === 'string' || body === undefined ? body : new Uint8Array(body);
    response = await fetch(url, { method: operation.method, headers, body: ['GET', 'HEAD'].includes(operation.method) ? undefined : sent, redirect: 'manual' });
  } catch (error) {
    // The client itself refused to send it (a header value fetch will not put on the wire).
    if (error instanceof TypeError && !/fetch failed/.test(error.message)) return undefined;
    throw error;
  }
  const json = /json/.test(response.headers.get('content-type') ?? '');
  const text = Buffer.from(await response.arrayBuffer()).toString(json ? 'utf8' : 'latin1');
  return { url, seen: { status: response.status, headers: response.headers, text, body: json && text ? JSON.parse(text) : {} } };
}

const tally = new Map<string, Map<number, number>>();
const validTally = new Map<string, Map<number, number>>();

function check(operation: Operation, url: string, plan: Plan, seen: Seen): void {
  const where = `${operation.id} ${operation.method} ${url.slice(0, 300)}\n plan: ${JSON.stringify(plan).slice(0, 600)}\n answer: ${seen.status} ${seen.text.slice(0, 400)}`;
  const counts = tally.get(operation.id) ?? new Map<number, number>();
  counts.set(seen.status, (counts.get(seen.status) ?? 0) + 1);
  tally.set(operation.id, counts);
  if (seen.status >= 500) throw new Error(`5xx: ${where}`);
  const transactionId = seen.headers.get('x-transaction-id');
  if (!transactionId) throw new Error(`no X-TRANSACTION-ID: ${where}`);
  if (seen.status >= 400) {
    const problem = seen.body as { errorCode?: unknown; transactionId?: unknown };
    if (!String(seen.headers.get('content-type')).startsWith('application/problem+json')) throw new Error(`error outside the envelope: ${where}`);
    if (typeof problem.errorCode !== 'number' || problem.transactionId !== transactionId)
      throw new Error(`envelope without errorCode or with another transactionId: ${where}`);
  }
  try {
    assertFetchedMatchesContract(operation.method, url, seen, seen.text);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${where}`, { cause: error });
  }
}

describe('contract fuzz: every operation, valid and hostile inputs', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ DEMO_SEED: 'true', DEFAULT_DAILY_QUOTA: '100000000', JOBS_ENABLED: 'false' });
  }, 180_000);

  afterAll(async () => {
    const requests = [...tally.values()].reduce((sum, counts) => sum + [...counts.values()].reduce((a, b) => a + b, 0), 0);
    const statuses = new Map<number, number>();
    for (const counts of tally.values()) for (const [status, n] of counts) statuses.set(status, (statuses.get(status) ?? 0) + n);
    console.log(
      `contract fuzz: seed ${SEED}, ${RUNS} runs per property, ${operations.length} operations, ${requests} requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    if (process.env.FUZZ_REPORT) for (const [id, counts] of validTally) console.log(`valid ${id}: ${JSON.stringify(Object.fromEntries(counts))}`);
    await app?.close();
  });

  it('covers every operation of the contract, each with a sandbox client that may call it', () => {
    const ids = new Set(
      Object.values(document.paths).flatMap((item) =>
        Object.values<Schema>(item)
          .map((op) => op.operationId)
          .filter(Boolean),
      ),
    );
    expect(operations.map((op) => op.id).sort()).toEqual([...ids].sort());
    for (const operation of operations) expect(() => credentialsFor(operation)).not.toThrow();
  });

  for (const mode of ['valid', 'hostile'] as const) {
    it.each(operations.map((op) => [op.id, op] as const))(
      `${mode} requests to %s answer within the contract`,
      async (_id, operation) => {
        const plans = mode === 'valid' ? validPlan(operation) : hostilePlan(operation);
        await fc.assert(
          fc.asyncProperty(plans, async (plan) => {
            const sent = await send(app, operation, plan);
            if (!sent) return;
            if (mode === 'valid') {
              const counts = validTally.get(operation.id) ?? new Map<number, number>();
              counts.set(sent.seen.status, (counts.get(sent.seen.status) ?? 0) + 1);
              validTally.set(operation.id, counts);
            }
            check(operation, sent.url, plan, sent.seen);
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        );
      },
      120_000,
    );
  }
});

import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { contractOperations, loadContract } from '../../src/contract/contract-document.js';
import { signatureHeaderValue } from '../../src/fulfillment/request-signature.js';
import { DEMO_CLIENTS } from '../../src/seed/demo-clients.js';
import { DEMO_FULFILLMENT_KEYS } from '../../src/seed/fulfillment-demo-data.js';
import { assertFetchedMatchesContract } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Schema = Record<string, any>;
const document = loadContract(join(process.cwd(), 'openapi'));

/**
 * Swagger UI's "Try it out" as a person uses it on a fresh sandbox: every parameter and body filled
 * with the contract's example, the demo client that holds the operation's scope, and nothing else.
 * Every operation answers 2xx (the signed fulfilment call is signed here, as "Try it out" cannot),
 * one after the other in the contract's order on one sandbox, as a generated contract suite runs
 * them: each destructive example acts on a sandbox resource of its own.
 */
describe("the contract's examples, tried on a fresh sandbox", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ DEMO_SEED: 'true', JOBS_ENABLED: 'false' });
  }, 180_000);
  afterAll(async () => app?.close());

  it('answer 2xx for every operation', async () => {
    const failures: string[] = [];
    for (const { path, method, operation: op, parameters } of contractOperations(document)) {
      let url = path;
      const query: string[] = [];
      const headers: Record<string, string> = {};
      for (const p of parameters) {
        const example = p.example ?? p.schema?.example;
        if (example === undefined) continue;
        if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(example)));
        else if (p.in === 'query') query.push(`${encodeURIComponent(p.name)}=${encodeURIComponent(String(example))}`);
        else if (p.in === 'header' && !/signature/i.test(p.name)) headers[p.name] = String(example);
      }
      const security: Array<Record<string, string[]>> = op.security ?? [];
      const scopes = security.flatMap((r) => Object.values(r).flat());
      // Basic without a scope (the token endpoints): any client, as a person who clicked Authorize.
      const client = scopes.length
        ? DEMO_CLIENTS.find((c) => scopes.some((s) => c.scopes.includes(s)))
        : security.some((r) => 'basicAuth' in r)
          ? DEMO_CLIENTS[0]
          : undefined;
      if (client) headers.authorization = `Basic ${Buffer.from(`${client.clientId}:${client.secret}`).toString('base64')}`;
      let body: string | undefined;
      const [mediaType, content] = Object.entries<Schema>(op.requestBody?.content ?? {})[0] ?? [];
      if (mediaType) {
        const example = content.example ?? Object.values<Schema>(content.examples ?? {})[0]?.value;
        if (example === undefined) failures.push(`${op.operationId}: no body example`);
        body = /json/.test(mediaType) ? JSON.stringify(example) : /form/.test(mediaType) ? new URLSearchParams(example).toString() : String(example);
        headers['content-type'] = mediaType;
      }
      if (op.operationId === 'obtainTestId') {
        const key = DEMO_FULFILLMENT_KEYS.find((k) => k.productCode === JSON.parse(body!)['product-code'])!;
        headers['x-fulfillment-signature'] = signatureHeaderValue(key.keyId, key.secret, body!, Math.floor(Date.now() / 1000), randomBytes(12).toString('hex'));
      }
      const target = `${app.baseUrl}${url}${query.length ? `?${query.join('&')}` : ''}`;
      const response = await fetch(target, { method: method.toUpperCase(), headers, body });
      const text = await response.text();
      if (response.status >= 300) failures.push(`${op.operationId} ${method.toUpperCase()} ${url}: ${response.status} ${text.slice(0, 200)}`);
      else assertFetchedMatchesContract(method.toUpperCase(), target, response, text);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

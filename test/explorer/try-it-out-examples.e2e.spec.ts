import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { bundleAllContracts } from '../../src/contract/contract-bundle.js';
import { signatureHeaderValue } from '../../src/fulfillment/request-signature.js';
import { DEMO_CLIENTS } from '../../src/seed/demo-clients.js';
import { DEMO_FULFILLMENT_KEYS } from '../../src/seed/fulfillment-demo-data.js';
import { assertMatchesContract } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Schema = Record<string, any>;
const document = bundleAllContracts(join(process.cwd(), 'openapi'));

/** What ends or removes a sandbox resource that other examples use: tried after the others. */
const LAST = ['cancelRegistration', 'cancelEvent', 'revokeApiKey', 'revokeToken'];
const VERY_LAST = ['deleteRegistration'];

/**
 * Swagger UI's "Try it out" as a person uses it on a fresh sandbox: every parameter and body filled
 * with the contract's example, the demo client that holds the operation's scope, and nothing else.
 * Every operation answers 2xx (the signed fulfilment call is signed here, as "Try it out" cannot).
 */
describe("the contract's examples, tried on a fresh sandbox", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ DEMO_SEED: 'true', JOBS_ENABLED: 'false' });
  }, 180_000);
  afterAll(async () => app?.close());

  it('answer 2xx for every operation', async () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      ['get', 'put', 'post', 'delete', 'patch'].filter((m) => item[m]).map((method) => ({ path, method, item, op: item[method] as Schema })),
    );
    const rank = (id: string, method: string) => (VERY_LAST.includes(id) ? 3 : LAST.includes(id) ? 2 : method === 'get' ? 0 : 1);
    operations.sort((a, b) => rank(a.op.operationId, a.method) - rank(b.op.operationId, b.method));
    const failures: string[] = [];
    for (const { path, method, item, op } of operations) {
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Schema) => (p.$ref ? document.components!.parameters[p.$ref.split('/').pop()!] : p));
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
      const scopes: string[] = (op.security ?? []).flatMap((r: Record<string, string[]>) => Object.values(r).flat());
      const client = DEMO_CLIENTS.find((c) => scopes.some((s) => c.scopes.includes(s)));
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
      const response = await fetch(`${app.baseUrl}${url}${query.length ? `?${query.join('&')}` : ''}`, { method: method.toUpperCase(), headers, body });
      const text = await response.text();
      const contentType = response.headers.get('content-type') ?? '';
      if (response.status >= 300) failures.push(`${op.operationId} ${method.toUpperCase()} ${url}: ${response.status} ${text.slice(0, 200)}`);
      else {
        assertMatchesContract({
          req: { method: method.toUpperCase(), path: url },
          status: response.status,
          headers: { 'content-type': contentType },
          body: /json/.test(contentType) && text ? JSON.parse(text) : {},
          text: /json/.test(contentType) ? text : '',
        } as unknown as Response);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import { signatureHeaderValue } from '../../src/fulfillment/request-signature.js';
import { basic, createClient, type TestClient } from './clients.js';
import { call } from './contract.js';
import type { TestApp } from './test-app.js';

export interface SigningKey {
  keyId: string;
  secret: string;
}

export interface FulfillmentWorld {
  admin: TestClient;
  la: TestClient;
  keys: Record<string, SigningKey>;
}

export const TEST_URL = 'https://exam.example.org/start';

/** The provider's product codes and a Local Administrator with signing keys made through the API. */
export async function setUpFulfillment(app: TestApp, options: { orgCode?: string; tests?: number } = {}): Promise<FulfillmentWorld> {
  const admin = await createClient(app, { scopes: ['fulfillment:admin'], orgKind: 'exam_board', orgCode: `BOARD-${randomBytes(3).toString('hex')}` });
  const la = await createClient(app, {
    scopes: ['fulfillment:write'],
    orgKind: 'local_administrator',
    orgCode: options.orgCode ?? `LA-${randomBytes(3).toString('hex')}`,
  });
  const products = [
    ['GTX-Academic-Plus', 'Academic-Plus', 'inventory'],
    ['STX-Academic-Plus', 'Academic-Plus', 'inventory'],
    ['GTX-Corporate', 'Corporate', 'inventory'],
    ['GTX-Academic-Plus-Sale', 'Academic-Plus', 'sale'],
  ];
  for (const [code, testType, source] of products) {
    const put = await call(
      app
        .http()
        .put(`/v1/fulfillment/admin/product-codes/${code}`)
        .set('Authorization', basic(admin))
        .send({ testType, source, testUrl: TEST_URL, instructions: `Instructions for ${testType}.` }),
    );
    if (put.status !== 200) throw new Error(`product code ${code}: ${put.status} ${put.text}`);
  }
  const keys: Record<string, SigningKey> = {};
  for (const [code] of products) {
    const created = await call(app.http().post('/v1/fulfillment/api-keys').set('Authorization', basic(la)).send({ productCode: code }));
    if (created.status !== 201) throw new Error(`key for ${code}: ${created.status} ${created.text}`);
    keys[code] = { keyId: created.body.keyId, secret: created.body.secret };
  }
  const count = options.tests ?? 5;
  if (count > 0)
    await loadTests(
      app,
      admin,
      la.organisationCode,
      Array.from({ length: count }, (_, i) => ({ testId: `AP${randomBytes(4).toString('hex').toUpperCase()}${i}`, testType: 'Academic-Plus' })),
    );
  return { admin, la, keys };
}

export async function loadTests(
  app: TestApp,
  admin: TestClient,
  organisationCode: string,
  tests: Array<{ testId: string; testType: string; password?: string }>,
): Promise<Response> {
  const response = await call(app.http().post('/v1/fulfillment/admin/inventory').set('Authorization', basic(admin)).send({ organisationCode, tests }));
  if (response.status !== 200) throw new Error(`load: ${response.status} ${response.text}`);
  return response;
}

export const nonce = () => randomBytes(12).toString('hex');

/** POSTs a fulfilment signed over the exact bytes sent; `tamper` changes the bytes after signing. */
export function fulfill(
  app: TestApp,
  client: TestClient,
  key: SigningKey,
  body: object | string,
  options: { timestamp?: number; nonce?: string; tamper?: (raw: string) => string; idempotencyKey?: string; header?: string } = {},
): Promise<Response> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const header =
    options.header ?? signatureHeaderValue(key.keyId, key.secret, raw, options.timestamp ?? Math.floor(Date.now() / 1000), options.nonce ?? nonce());
  const request = app
    .http()
    .post('/v1/fulfillment/test-ids')
    .set('Authorization', basic(client))
    .set('Content-Type', 'application/json')
    .set('X-Fulfillment-Signature', header);
  if (options.idempotencyKey) request.set('Idempotency-Key', options.idempotencyKey);
  return call(request.send(options.tamper ? options.tamper(raw) : raw));
}

import { randomUUID } from 'node:crypto';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { setUpFulfillment, type FulfillmentWorld } from '../support/fulfillment.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The operations whose answer holds a secret shown once (a webhook endpoint's, a rotated one, a
 * fulfilment signing key's) under an Idempotency-Key: a repeat answers the same secret instead of
 * acting again, and the answer is kept sealed, as the secret itself is.
 */
describe('Idempotency-Key on answers that hold a secret', () => {
  let app: TestApp;
  let ro: TestClient;
  let world: FulfillmentWorld;
  const receiver = 'http://127.0.0.1:9/hooks';

  const post = (client: TestClient, path: string, body: object, key?: string) => {
    const request = app.http().post(path).set('Authorization', basic(client));
    if (key) request.set('Idempotency-Key', key);
    return call(request.send(body));
  };
  /** What the platform keeps of a key's answer, as text: a secret must not be readable in it. */
  const kept = async (client: TestClient, key: string) =>
    JSON.stringify((await app.dataSource.query('SELECT response_body FROM idempotency_keys WHERE client_id = $1 AND key = $2', [client.clientId, key]))[0]);

  beforeAll(async () => {
    app = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
    ro = await createClient(app, { scopes: ['events:read', 'events:write'] });
    world = await setUpFulfillment(app, { tests: 0 });
  });
  afterAll(async () => app?.close());

  it('registers a webhook endpoint once: a repeat answers the same endpoint and secret, and the kept answer is sealed', async () => {
    const key = `hook-${randomUUID()}`;
    const body = { url: receiver, events: ['*'], description: 'once' };
    const first = await post(ro, '/v1/webhook-endpoints', body, key);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await post(ro, '/v1/webhook-endpoints', body, key);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const listed = await call(app.http().get('/v1/webhook-endpoints').set('Authorization', basic(ro)));
    expect(listed.body.data.filter((endpoint: { description: string }) => endpoint.description === 'once')).toHaveLength(1);
    expect(await kept(ro, key)).not.toContain(first.body.secret);
    const other = await post(ro, '/v1/webhook-endpoints', { ...body, description: 'another' }, key);
    expect([other.status, other.body.errorCode]).toEqual([409, 70409]);
  });

  it('registers one endpoint when the same keyed request arrives many times at once', async () => {
    const key = `hook-${randomUUID()}`;
    const body = { url: receiver, events: ['*'], description: `at once ${key}` };
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(ro, '/v1/webhook-endpoints', body, key)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(201));
    expect(new Set(answers.map((answer) => answer.body.secret)).size).toBe(1);
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM webhook_endpoints WHERE description = $1', [body.description]);
    expect(n).toBe(1);
  });

  it('rotates a secret once: a repeat answers the first new secret, which stays the one deliveries are signed with', async () => {
    const endpoint = await post(ro, '/v1/webhook-endpoints', { url: receiver, events: ['*'], description: 'rotated' });
    const key = `rotate-${randomUUID()}`;
    const path = `/v1/webhook-endpoints/${endpoint.body.id}/rotate-secret`;
    const first = await post(ro, path, { overlapSeconds: 60 }, key);
    expect(first.status).toBe(200);
    expect(first.body.secret).not.toBe(endpoint.body.secret);
    const sealedAfterFirst = (await app.dataSource.query('SELECT secret_sealed FROM webhook_endpoints WHERE id = $1', [endpoint.body.id]))[0].secret_sealed;
    const again = await post(ro, path, { overlapSeconds: 60 }, key);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.secret).toBe(first.body.secret);
    // Not rotated again: the secret the caller holds is still the endpoint's.
    const sealedAfterRepeat = (await app.dataSource.query('SELECT secret_sealed FROM webhook_endpoints WHERE id = $1', [endpoint.body.id]))[0].secret_sealed;
    expect(sealedAfterRepeat).toBe(sealedAfterFirst);
    expect(await kept(ro, key)).not.toContain(first.body.secret);
    const elsewhere = await post(ro, `/v1/webhook-endpoints/${randomUUID()}/rotate-secret`, { overlapSeconds: 60 }, key);
    expect([elsewhere.status, elsewhere.body.errorCode]).toEqual([409, 70409]);
  });

  it('makes one fulfilment signing key: a repeat answers the same key id and secret, and the kept answer is sealed', async () => {
    const key = `apikey-${randomUUID()}`;
    const first = await post(world.la, '/v1/fulfillment/api-keys', { productCode: 'GTX-Corporate' }, key);
    expect(first.status).toBe(201);
    const again = await post(world.la, '/v1/fulfillment/api-keys', { productCode: 'GTX-Corporate' }, key);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const keys = await call(app.http().get('/v1/fulfillment/api-keys').set('Authorization', basic(world.la)));
    expect(keys.body.keys.filter((listed: { keyId: string }) => listed.keyId === first.body.keyId)).toHaveLength(1);
    expect(await kept(world.la, key)).not.toContain(first.body.secret);
    expect(first.headers['cache-control']).toBe('no-store');
  });
});

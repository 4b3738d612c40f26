import { randomUUID } from 'node:crypto';
import {
  ApiProblemError,
  createAssessmentClient,
  getResultVerification,
  listCountryCodes,
  obtainTestId,
  requestScripts,
  type RetryOptions,
} from '../../sdk/src/index.js';
import { createClient, type TestClient } from '../support/clients.js';
import { assertFetchedMatchesContract } from '../support/contract.js';
import { startFlakyProxy, type ConnectionFate, type FlakyProxy } from '../support/flaky-proxy.js';
import { setUpFulfillment, type FulfillmentWorld } from '../support/fulfillment.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The SDK sends a request again when that is safe and may succeed: through a proxy that resets
 * connections, loses answers or answers as a busy balancer, in front of the real service.
 */
describe('SDK retries', () => {
  let app: TestApp;
  let ats: TestClient;
  let proxy: FlakyProxy | undefined;

  beforeAll(async () => {
    app = await startTestApp();
    ats = await createClient(app, { scopes: ['results:read', 'results:write', 'ielts:read'], orgKind: 'centre', orgCode: '04201' });
  });
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });
  afterAll(async () => app?.close());

  /** A client whose every attempt is counted; the service's own answers are checked against the contract. */
  async function clientThrough(fates: ConnectionFate[], retry?: RetryOptions, as: Partial<Parameters<typeof createAssessmentClient>[0]> = {}) {
    proxy = await startFlakyProxy(app.baseUrl, fates);
    const attempts: Array<number | 'no answer'> = [];
    // The Idempotency-Key each attempt went with (null: none).
    const keys: Array<string | null> = [];
    const counting = async (request: Request) => {
      keys.push(request.headers.get('Idempotency-Key'));
      const response = await fetch(request).catch((error: unknown) => {
        attempts.push('no answer');
        throw error;
      });
      attempts.push(response.status);
      // The balancer's answer is not the service's.
      if (!response.headers.has('via')) assertFetchedMatchesContract(request.method, request.url, response, await response.clone().text());
      return response;
    };
    const client = createAssessmentClient({
      baseUrl: proxy.url,
      credentials: { kind: 'basic', clientId: ats.clientId, clientSecret: ats.secret },
      fetch: counting as typeof fetch,
      retry,
      ...as,
    });
    return { client, attempts, keys };
  }

  const candidate = () => ({
    businessStreamId: '02',
    sessionId: '14244',
    centreId: '04201',
    candidateNumber: String(Math.floor(Math.random() * 900_000) + 100_000),
    assessmentCode: '0500',
    componentId: '02',
  });
  const requestsFor = async (candidateNumber: string) =>
    (await app.dataSource.query('SELECT id FROM results_script_requests WHERE candidate_number = $1', [candidateNumber])).length;

  it('sends a GET again when its connection is reset, and returns the answer', async () => {
    const { client, attempts } = await clientThrough(['reset']);
    const { data } = await listCountryCodes({ client });
    expect(data.countries.length).toBeGreaterThan(0);
    expect(attempts).toEqual(['no answer', 200]);
  });

  it('fetches its token again when the token request is cut off, then makes the call', async () => {
    const { client, attempts } = await clientThrough(['reset'], undefined, {
      credentials: { kind: 'client-credentials', clientId: ats.clientId, clientSecret: ats.secret },
    });
    const { data } = await listCountryCodes({ client });
    expect(data.countries.length).toBeGreaterThan(0);
    // The token request (a POST without an Idempotency-Key: a second token is harmless), then the call.
    expect(attempts).toEqual(['no answer', 200, 200]);
  });

  it("waits as a busy balancer's Retry-After asks, then returns the service's answer", async () => {
    const { client, attempts } = await clientThrough(['busy']);
    const { data } = await listCountryCodes({ client });
    expect(data.countries.length).toBeGreaterThan(0);
    expect(attempts).toEqual([503, 200]);
  });

  it('sends a POST with an Idempotency-Key again when its answer was lost: the service acts once and answers the retry as the first', async () => {
    const { client, attempts } = await clientThrough(['lose-answer']);
    const body = candidate();
    const { data } = await requestScripts({ client, body, headers: { 'Idempotency-Key': `retry-${randomUUID()}` } });
    expect(data).toMatchObject({ status: 'Pending' });
    expect(attempts).toEqual(['no answer', 201]);
    expect(await requestsFor(body.candidateNumber)).toBe(1);
  });

  it('gives a keyed POST sent without a key one of its own, the same on each attempt: a lost answer is retried and the service acts once', async () => {
    const { client, attempts, keys } = await clientThrough(['lose-answer']);
    const body = candidate();
    const { data, response } = await requestScripts({ client, body });
    expect(data).toMatchObject({ status: 'Pending' });
    expect(response.headers.get('Idempotent-Replayed')).toBe('true');
    expect(attempts).toEqual(['no answer', 201]);
    expect(keys[0]).toMatch(/^sdk-[0-9a-f-]{36}$/);
    expect(keys).toEqual([keys[0], keys[0]]);
    expect(await requestsFor(body.candidateNumber)).toBe(1);
  });

  it('with idempotencyKeys: false, never sends a POST without a key again: the caller hears of the lost answer, and the service acted once', async () => {
    const { client, attempts } = await clientThrough(['lose-answer'], undefined, { idempotencyKeys: false });
    const body = candidate();
    await expect(requestScripts({ client, body })).rejects.toBeInstanceOf(ApiProblemError);
    expect(attempts).toEqual(['no answer']);
    expect(await requestsFor(body.candidateNumber)).toBe(1);
  });

  it('adds no key where the operation takes none, and keeps the one the caller gave', async () => {
    const { client, keys } = await clientThrough([], undefined, {
      credentials: { kind: 'client-credentials', clientId: ats.clientId, clientSecret: ats.secret },
    });
    await requestScripts({ client, body: candidate(), headers: { 'Idempotency-Key': 'mine-0001' } });
    // The token request (a POST that takes no key), then the call with the caller's own.
    expect(keys).toEqual([null, 'mine-0001']);
  });

  describe('a signed fulfilment request', () => {
    let world: FulfillmentWorld;
    beforeAll(async () => {
      world = await setUpFulfillment(app, { tests: 3 });
    });
    const signer = () => ({
      credentials: { kind: 'basic' as const, clientId: world.la.clientId, clientSecret: world.la.secret },
      fulfillmentKeys: { 'GTX-Academic-Plus': world.keys['GTX-Academic-Plus'] },
    });
    const assigned = async (name: string) =>
      (await app.dataSource.query("SELECT test_id FROM fulfillment_tests WHERE assigned_to->>'name' = $1", [name])).map(
        (row: { test_id: string }) => row.test_id,
      );

    it('with an Idempotency-Key, is signed anew and sent again when its answer was lost: one test ID, given twice as the same', async () => {
      const { client, attempts } = await clientThrough(['lose-answer'], undefined, signer());
      const name = `Retry ${randomUUID()}`;
      const { data } = await obtainTestId({
        client,
        body: { 'product-code': 'GTX-Academic-Plus', 'assigned-to': { name } },
        headers: { 'Idempotency-Key': `hr-${randomUUID()}` },
      });
      // The first attempt's nonce is spent: the second went with a new signature, and was answered as the first.
      expect(attempts).toEqual(['no answer', 201]);
      expect(await assigned(name)).toEqual([data.testId]);
    });

    it('without a key of its own, is given one by the SDK, signed anew and sent again: one test ID', async () => {
      const { client, attempts } = await clientThrough(['lose-answer'], undefined, signer());
      const name = `Auto ${randomUUID()}`;
      const { data } = await obtainTestId({ client, body: { 'product-code': 'GTX-Academic-Plus', 'assigned-to': { name } } });
      expect(attempts).toEqual(['no answer', 201]);
      expect(await assigned(name)).toEqual([data.testId]);
    });

    it('with idempotencyKeys: false and no key, is sent once: its nonce is spent, and a second test ID could be given', async () => {
      const { client, attempts } = await clientThrough(['lose-answer'], undefined, { ...signer(), idempotencyKeys: false });
      const name = `Once ${randomUUID()}`;
      await expect(obtainTestId({ client, body: { 'product-code': 'GTX-Academic-Plus', 'assigned-to': { name } } })).rejects.toBeInstanceOf(ApiProblemError);
      expect(attempts).toEqual(['no answer']);
      expect(await assigned(name)).toHaveLength(1);
    });
  });

  it('returns at once an answer that asks for a longer wait than it allows: a daily quota used up', async () => {
    const limited = await createClient(app, { scopes: ['ielts:read'], quota: 1 });
    proxy = await startFlakyProxy(app.baseUrl, []);
    const attempts: number[] = [];
    const client = createAssessmentClient({
      baseUrl: proxy.url,
      credentials: { kind: 'basic', clientId: limited.clientId, clientSecret: limited.secret },
      fetch: (async (request: Request) => {
        const response = await fetch(request);
        attempts.push(response.status);
        return response;
      }) as typeof fetch,
    });
    const emptyDay = { startDateTime: '2000-01-01T00:00:00', endDateTime: '2000-01-02T00:00:00', photoFlag: 'N' } as const;
    await getResultVerification({ client, query: emptyDay });
    const refused = (await getResultVerification({ client, query: emptyDay }).catch((error: unknown) => error)) as ApiProblemError;
    expect(refused).toBeInstanceOf(ApiProblemError);
    expect([refused.status, refused.errorCode]).toEqual([429, 70429]);
    expect(attempts).toEqual([200, 429]);
  });

  it('sends each request once with { retries: 0 }', async () => {
    const { client, attempts } = await clientThrough(['reset'], { retries: 0 });
    await expect(listCountryCodes({ client })).rejects.toBeInstanceOf(ApiProblemError);
    expect(attempts).toEqual(['no answer']);
  });
});

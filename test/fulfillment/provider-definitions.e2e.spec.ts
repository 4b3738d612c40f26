import { basic } from '../support/clients.js';
import { call } from '../support/contract.js';
import { setUpFulfillment, TEST_URL, type FulfillmentWorld } from '../support/fulfillment.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The provider's definitions are idempotent PUTs: what a PUT leaves out takes the contract's default, or keeps its stored value where there is none. */
describe('Fulfillment: product codes and track endpoints, defined again', () => {
  let app: TestApp;
  let world: FulfillmentWorld;
  beforeAll(async () => {
    // Tracks on names that resolve nowhere here (receiver.example.org): the address rules are the track URL policy spec's.
    app = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
    world = await setUpFulfillment(app, { tests: 0 });
  });
  afterAll(async () => {
    await app?.close();
  });
  const put = (path: string, body: object) => call(app.http().put(path).set('Authorization', basic(world.admin)).send(body));

  it('keeps a product code’s instructions when a PUT leaves them out; source and enabled take the contract’s defaults', async () => {
    const again = await put('/v1/fulfillment/admin/product-codes/GTX-Academic-Plus-Sale', { testType: 'Academic-Plus', testUrl: `${TEST_URL}/v2` });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ instructions: 'Instructions for Academic-Plus.', testUrl: `${TEST_URL}/v2`, source: 'inventory', enabled: true });
    const sale = await put('/v1/fulfillment/admin/product-codes/GTX-Academic-Plus-Sale', {
      testType: 'Academic-Plus',
      testUrl: TEST_URL,
      source: 'sale',
      enabled: false,
    });
    expect(sale.body).toMatchObject({ instructions: 'Instructions for Academic-Plus.', source: 'sale', enabled: false });
    const created = await put('/v1/fulfillment/admin/product-codes/GTX-New-Code', { testType: 'Corporate', testUrl: TEST_URL });
    expect(created.body).toMatchObject({ source: 'inventory', enabled: true, instructions: expect.stringMatching(/\S/) });
  });

  it('keeps a track’s signing secret when it is defined again, and makes a new one when asked to rotate it', async () => {
    const track = { organisationCode: world.la.organisationCode, url: 'https://receiver.example.org/hook' };
    const first = await put('/v1/fulfillment/admin/tracks/PD', track);
    expect(first.status).toBe(200);
    expect(first.body.signingSecret).toMatch(/^whsec_/);
    const again = await put('/v1/fulfillment/admin/tracks/PD', { ...track, url: 'https://receiver.example.org/hook2', fireOnFinished: true });
    expect(again.body).toMatchObject({ url: 'https://receiver.example.org/hook2', fireOnFinished: true, signingSecret: first.body.signingSecret });
    const rotated = await put('/v1/fulfillment/admin/tracks/PD', { ...track, rotateSecret: true });
    expect(rotated.body.signingSecret).toMatch(/^whsec_/);
    expect(rotated.body.signingSecret).not.toBe(first.body.signingSecret);
  });
});

import { basic, createClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { fulfill, setUpFulfillment, type FulfillmentWorld } from '../support/fulfillment.js';
import { refusedWebhookUrls } from '../support/refused-webhook-urls.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

/**
 * A track's URL is the customer's: the server must not be made to post results (and the track's
 * credentials) into its own network, neither by the URL registered nor by where its name points later.
 */
describe('Fulfillment: track URLs reach public addresses only', () => {
  let database: TestDatabase;
  let receiver: WebhookReceiver;
  let strict: TestApp;
  let world: FulfillmentWorld;

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await startWebhookReceiver();
    strict = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false', JOBS_POLL_INTERVAL_MS: '50', WEBHOOK_RETRY_BASE_MS: '100' }, database);
    world = await setUpFulfillment(strict);
  });
  afterAll(async () => {
    await strict?.close();
    await receiver?.close();
    await database?.drop();
  });

  const putTrack = (app: TestApp, url: string, code = 'RC', on = world) =>
    call(
      app
        .http()
        .put(`/v1/fulfillment/admin/tracks/${code}`)
        .set('Authorization', basic(on.admin))
        .send({ organisationCode: on.la.organisationCode, url, authentication: { scheme: 'bearer', token: 'customer-token' } }),
    );

  /** Fulfils a GTX test on the track, takes it through to graded, and answers its test id: a result webhook is then due. */
  async function gradedOnTrack(app: TestApp, track: string, on = world): Promise<string> {
    const fulfilled = await fulfill(app, on.la, on.keys['GTX-Academic-Plus'], { 'product-code': 'GTX-Academic-Plus', track });
    expect(fulfilled.status).toBe(201);
    const testId = fulfilled.body.testId as string;
    const event = (body: object) => call(app.http().post(`/v1/fulfillment/admin/tests/${testId}/events`).set('Authorization', basic(on.admin)).send(body));
    for (const move of [{ event: 'started', testDate: '2026-11-20' }, { event: 'finished' }]) expect((await event(move)).status).toBe(200);
    const graded = await event({ event: 'graded', duration: 60, scores: { overallLevel: 4, sections: [{ name: 'Grammar', level: 4, score: 400 }] } });
    expect(graded.status).toBe(200);
    return testId;
  }

  it('refuses to register a URL that is not https://, carries credentials, or names a private, loopback or reserved address', async () => {
    for (const [url, reason] of refusedWebhookUrls(receiver.url)) {
      const refused = await putTrack(strict, url);
      expect(refused.status).toBe(400);
      expect(refused.body.details[0]).toMatchObject({ location: 'body', field: 'url' });
      expect(refused.body.detail).toMatch(reason);
    }
    const [{ n }] = await strict.dataSource.query("SELECT count(*)::int AS n FROM fulfillment_tracks WHERE code = 'RC'");
    expect(n).toBe(0);
  });

  it('does not deliver to a track whose address turned private after it was registered', async () => {
    // As if the customer's name now resolved into the server's network: registered where that is
    // allowed (a server with WEBHOOK_ALLOW_PRIVATE_URLS, jobs off), delivered by the strict one.
    const lenient = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', JOBS_ENABLED: 'false' }, database);
    try {
      expect((await putTrack(lenient, receiver.url)).status).toBe(200);
    } finally {
      await lenient.close();
    }
    const testId = await gradedOnTrack(strict, 'RC');
    const attempted = async () =>
      (await strict.dataSource.query('SELECT attempts, last_error FROM fulfillment_webhook_deliveries WHERE test_id = $1', [testId]))[0];
    await until(async () => (await attempted())?.attempts >= 2);
    const delivery = await attempted();
    expect(delivery.last_error).toMatch(/127\.0\.0\.1.*not allowed.*private/i);
    expect(receiver.attempts).toBe(0);
  });

  it("lets the operator allow tracks on private addresses (TRACK_ALLOW_PRIVATE_URLS) without opening tenants' event endpoints", async () => {
    // On a database of its own: the strict server's jobs would claim (and refuse) this delivery too.
    const privateTracks = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false', TRACK_ALLOW_PRIVATE_URLS: 'true', JOBS_POLL_INTERVAL_MS: '50' });
    try {
      const own = await setUpFulfillment(privateTracks);
      expect((await putTrack(privateTracks, receiver.url, 'VP', own)).status).toBe(200);
      const tenant = await createClient(privateTracks, { scopes: ['events:write'] });
      const endpoint = await call(
        privateTracks
          .http()
          .post('/v1/webhook-endpoints')
          .set('Authorization', basic(tenant))
          .send({ url: receiver.url, events: ['*'] }),
      );
      expect(endpoint.status).toBe(400);
      expect(endpoint.body.detail).toMatch(/must be an https:\/\/ URL/);

      const testId = await gradedOnTrack(privateTracks, 'VP', own);
      const status = async () =>
        (await privateTracks.dataSource.query('SELECT status FROM fulfillment_webhook_deliveries WHERE test_id = $1', [testId]))[0]?.status;
      await until(async () => (await status()) === 'delivered');
      expect(receiver.received.filter((hook) => JSON.stringify(hook.data).includes(testId))).toHaveLength(1);
    } finally {
      await privateTracks.close();
    }
  });
});

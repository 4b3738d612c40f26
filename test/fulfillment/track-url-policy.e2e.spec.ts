import { basic } from '../support/clients.js';
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

  const putTrack = (app: TestApp, url: string) =>
    call(
      app
        .http()
        .put('/v1/fulfillment/admin/tracks/RC')
        .set('Authorization', basic(world.admin))
        .send({ organisationCode: world.la.organisationCode, url, authentication: { scheme: 'bearer', token: 'customer-token' } }),
    );

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
    const fulfilled = await fulfill(strict, world.la, world.keys['GTX-Academic-Plus'], { 'product-code': 'GTX-Academic-Plus', track: 'RC' });
    expect(fulfilled.status).toBe(201);
    const testId = fulfilled.body.testId as string;
    const event = (body: object) =>
      call(strict.http().post(`/v1/fulfillment/admin/tests/${testId}/events`).set('Authorization', basic(world.admin)).send(body));
    for (const move of [{ event: 'started', testDate: '2026-11-20' }, { event: 'finished' }]) expect((await event(move)).status).toBe(200);
    const graded = await event({ event: 'graded', duration: 60, scores: { overallLevel: 4, sections: [{ name: 'Grammar', level: 4, score: 400 }] } });
    expect(graded.status).toBe(200);
    const attempted = async () =>
      (await strict.dataSource.query('SELECT attempts, last_error FROM fulfillment_webhook_deliveries WHERE test_id = $1', [testId]))[0];
    await until(async () => (await attempted())?.attempts >= 2);
    const delivery = await attempted();
    expect(delivery.last_error).toMatch(/127\.0\.0\.1.*not allowed.*private/i);
    expect(receiver.attempts).toBe(0);
  });
});

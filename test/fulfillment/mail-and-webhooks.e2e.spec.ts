import { Webhook } from 'standardwebhooks';
import { basic } from '../support/clients.js';
import { call } from '../support/contract.js';
import { failFirstStatusWrite } from '../support/failing-write.js';
import { fulfill, setUpFulfillment, type FulfillmentWorld } from '../support/fulfillment.js';
import { freePort, startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';

const FAST_JOBS = {
  JOBS_POLL_INTERVAL_MS: '50',
  MAIL_RETRY_BASE_MS: '100',
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_MAX_ATTEMPTS: '4',
  WEBHOOK_TIMEOUT_MS: '2000',
  // The customers' results receivers run on this machine.
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
};
const GRADED = {
  event: 'graded',
  duration: 74,
  scores: {
    overallLevel: 4.3,
    reportUrl: 'https://reports.example.org/r/1',
    sections: [
      { name: 'Grammar', level: 4.5, score: 450 },
      { name: 'Listening', level: 4.1, score: 410 },
    ],
  },
};

describe('Fulfillment: mail and result webhooks that arrive', () => {
  let database: TestDatabase;
  let app: TestApp;
  let smtpPort: number;
  let smtp: SmtpSink | undefined;
  let receiver: WebhookReceiver;
  let world: FulfillmentWorld;
  let signingSecret: string;

  const event = (testId: string, body: object) =>
    call(app.http().post(`/v1/fulfillment/admin/tests/${testId}/events`).set('Authorization', basic(world.admin)).send(body));
  const deliveries = async (query: string) =>
    (await call(app.http().get(`/v1/fulfillment/admin/webhook-deliveries?${query}`).set('Authorization', basic(world.admin)))).body.deliveries;
  const tracked = async (registration: object = { trExternal_ID: 'CAND-77' }) => {
    const response = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], { 'product-code': 'GTX-Academic-Plus', track: 'RC', registration });
    expect(response.status).toBe(201);
    return response.body.testId as string;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    smtpPort = await freePort();
    receiver = await startWebhookReceiver();
    app = await startTestApp({ ...FAST_JOBS, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }, database);
    world = await setUpFulfillment(app, { orgCode: 'LA-HOOKS', tests: 12 });
    const track = await call(
      app
        .http()
        .put('/v1/fulfillment/admin/tracks/RC')
        .set('Authorization', basic(world.admin))
        .send({
          organisationCode: 'LA-HOOKS',
          url: receiver.url,
          fireOnFinished: true,
          authentication: { scheme: 'bearer', token: 'receiver-token' },
        }),
    );
    expect(track.status).toBe(200);
    signingSecret = track.body.signingSecret;
    expect(signingSecret).toMatch(/^whsec_/);
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    await receiver?.close();
    await database?.drop();
  });

  it('keeps an STX e-mail through an SMTP outage and sends it once the server is back', async () => {
    const response = await fulfill(app, world.la, world.keys['STX-Academic-Plus'], { 'product-code': 'STX-Academic-Plus', email: 'cand@example.org' });
    expect(response.status).toBe(201);
    const id = response.body.email.messageId;
    await until(async () => (await app.dataSource.query('SELECT attempts FROM mail_outbox WHERE id = $1', [id]))[0].attempts >= 2);
    const [waiting] = await app.dataSource.query('SELECT status, last_error FROM mail_outbox WHERE id = $1', [id]);
    expect(waiting.status).toBe('pending');
    expect(waiting.last_error).toMatch(/ECONNREFUSED|connect/i);
    smtp = await startSmtpSink(smtpPort);
    const [mail] = await smtp.waitFor(1, 20000);
    expect(mail.parsed.text).toContain(response.body.testId);
    await until(async () => (await app.dataSource.query('SELECT status FROM mail_outbox WHERE id = $1', [id]))[0].status === 'sent');
  });

  it("posts the live system's form (data=<JSON>) on Finished and Completed, signed in the Standard Webhooks style", async () => {
    const testId = await tracked();
    expect((await event(testId, { event: 'started', testDate: '2026-11-20' })).status).toBe(200);
    expect((await event(testId, { event: 'finished' })).status).toBe(200);
    const graded = await event(testId, GRADED);
    expect(graded.body).toMatchObject({ status: 'Completed', scores: { overallLevel: 4.3 } });
    const hooks = (await receiver.waitFor(2)).filter((h) => h.data.TestID === testId);
    expect(hooks.map((h) => h.data.Status)).toEqual(['Finished', 'Completed']);
    const completed = hooks[1];
    expect(completed.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(completed.headers.authorization).toBe('Bearer receiver-token');
    expect(completed.data).toMatchObject({
      OID: 'CAND-77',
      TestID: testId,
      Duration: 74,
      TestDate: '11/20/2026',
      TestMonth: 11,
      TestDay: 20,
      TestYear: 2026,
      score_report_url: 'https://reports.example.org/r/1',
      Overall_Level: 4.3,
      Overall_cefr: 'B2',
      Status: 'Completed',
      Grammar_Level: 4.5,
      Grammar_Score: 450,
      Listening_Level: 4.1,
      Listening_Score: 410,
    });
    const { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature } = completed.headers as Record<string, string>;
    // Checked by the Standard Webhooks reference library, as a receiver would.
    expect(() =>
      new Webhook(signingSecret).verify(
        completed.body,
        { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature },
        { jsonParse: false },
      ),
    ).not.toThrow();
    expect(() =>
      new Webhook(signingSecret).verify(
        `${completed.body}&x=1`,
        { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature },
        { jsonParse: false },
      ),
    ).toThrow();
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
  });

  it('refuses a move the lifecycle does not allow, and grading without scores', async () => {
    const testId = await tracked();
    const early = await event(testId, { event: 'finished' });
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('Ready');
    expect((await event(testId, { event: 'started' })).status).toBe(200);
    expect((await event(testId, { event: 'finished' })).status).toBe(200);
    const noScores = await event(testId, { event: 'graded' });
    expect(noScores.status).toBe(400);
    expect(noScores.body.details[0].field).toBe('scores');
    expect((await event('NOSUCHTEST', { event: 'started' })).status).toBe(404);
  });

  it('records a result webhook the receiver took when the database fails that write once, and posts it once', async () => {
    const pending = async () => (await app.dataSource.query("SELECT count(*)::int AS n FROM fulfillment_webhook_deliveries WHERE status = 'pending'"))[0].n;
    await until(async () => (await pending()) === 0);
    const restore = await failFirstStatusWrite(app.dataSource, 'fulfillment_webhook_deliveries', 'delivered');
    try {
      const testId = await tracked({ trExternal_ID: 'ONCE-1' });
      expect((await event(testId, { event: 'started' })).status).toBe(200);
      expect((await event(testId, { event: 'finished' })).status).toBe(200);
      const delivery = async () => (await deliveries(`testId=${testId}`))[0];
      await until(async () => (await delivery())?.status === 'delivered');
      expect(await delivery()).toMatchObject({ status: 'delivered', attempts: 1, lastError: null });
      expect(receiver.received.filter((hook) => hook.data.TestID === testId).map((hook) => hook.data.Status)).toEqual(['Finished']);
    } finally {
      await restore();
    }
  });

  it('retries through a receiver outage, delivers in order per test, marks dead after the last attempt, and re-drives', async () => {
    receiver.status = 503;
    const testId = await tracked({ trExternal_ID: 'ORDER-1' });
    await event(testId, { event: 'started' });
    await event(testId, { event: 'technical-difficulty' });
    await event(testId, { event: 'reset' });
    // Order per test: while the technical difficulty is being retried, the reset behind it is not tried at all.
    await until(async () =>
      (await deliveries(`testId=${testId}&status=pending`)).some(
        (d: { event: string; attempts: number }) => d.event === 'technical-difficulty' && d.attempts >= 2,
      ),
    );
    expect((await deliveries(`testId=${testId}`)).find((d: { event: string }) => d.event === 'reset').attempts).toBe(0);
    await until(async () => (await deliveries(`testId=${testId}&status=dead`)).length === 1, 20000);
    const [dead] = await deliveries(`testId=${testId}&status=dead`);
    expect(dead).toMatchObject({ event: 'technical-difficulty', attempts: 4, lastStatusCode: 503 });
    await until(async () => (await deliveries(`testId=${testId}&status=dead`)).length === 2, 20000);
    const seenBefore = receiver.received.length;
    receiver.status = 200;
    for (const delivery of (await deliveries(`testId=${testId}&status=dead`)).reverse()) {
      const redriven = await call(
        app.http().post(`/v1/fulfillment/admin/webhook-deliveries/${delivery.deliveryId}/redrive`).set('Authorization', basic(world.admin)),
      );
      expect(redriven.body).toMatchObject({ status: 'pending', attempts: 0 });
    }
    await receiver.waitFor(seenBefore + 2);
    const statuses = receiver.received.slice(seenBefore).map((h) => h.data.Status);
    expect(statuses).toEqual(['Technical Difficulty', 'Ready']);
    const again = await call(app.http().post(`/v1/fulfillment/admin/webhook-deliveries/${dead.deliveryId}/redrive`).set('Authorization', basic(world.admin)));
    expect(again.status).toBe(409);
  });

  it('delivers what was queued before a restart once the server is back', async () => {
    receiver.status = 503;
    const testId = await tracked({ trExternal_ID: 'RESTART-1' });
    await event(testId, { event: 'started' });
    await event(testId, { event: 'invalidated' });
    await until(async () => (await deliveries(`testId=${testId}`))[0].attempts >= 1);
    await app.close();
    receiver.status = 200;
    const seenBefore = receiver.received.length;
    app = await startTestApp({ ...FAST_JOBS, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }, database);
    const [hook] = (await receiver.waitFor(seenBefore + 1, 20000)).slice(seenBefore);
    expect(hook.data).toMatchObject({ TestID: testId, Status: 'Invalidated', OID: 'RESTART-1' });
    await until(async () => (await deliveries(`testId=${testId}`))[0].status === 'delivered');
  });
});

import { Webhook } from 'standardwebhooks';
import { verifyWebhook, WebhookVerificationError } from '../../sdk/src/index.js';
import { basic, createClient, demoClient, type TestClient } from '../support/clients.js';
import { assertWebhookMatchesContract, call } from '../support/contract.js';
import { failFirstStatusWrite } from '../support/failing-write.js';
import { refusedWebhookUrls } from '../support/refused-webhook-urls.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from '../support/webhook-receiver.js';

const SEED_TRF = '17UZ010772RAKN025A';
const UNIVERSITY = demoClient('demo-ielts-ro');
const IMMIGRATION_OFFICE = demoClient('demo-ielts-ro2');
const ADMIN = demoClient('demo-provider-admin');

describe('IELTS result events: signed webhooks and the feed, for the RO the result is shared with only', () => {
  let app: TestApp;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    app = await startTestApp({
      DEMO_SEED: 'true',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      EVENT_RETRY_SCHEDULE: '100ms,200ms,300ms,400ms,500ms',
      JOBS_POLL_INTERVAL_MS: '50',
    });
  });
  afterAll(async () => {
    for (const receiver of receivers) await receiver.close();
    await app?.close();
  });

  async function receiver(): Promise<WebhookReceiver> {
    const started = await startWebhookReceiver();
    receivers.push(started);
    return started;
  }

  async function subscribe(client: { clientId: string; secret: string }, url: string, events: string[] = ['*']): Promise<{ id: string; secret: string }> {
    const response = await call(
      app.http().post('/v1/webhook-endpoints').set('Authorization', basic(client)).send({ url, events, description: 'test receiver' }),
    );
    expect(response.status).toBe(201);
    expect(response.body.secret).toMatch(/^whsec_/);
    return response.body;
  }

  const remark = (client = UNIVERSITY, trf = SEED_TRF) => call(app.http().post(`/v1/sandbox/ielts/results/${trf}/remark`).set('Authorization', basic(client)));

  /** The events of the feed after a cursor, every page, as a customer catching up reads them. */
  async function readFeed(
    client: { clientId: string; secret: string },
    after?: string,
    extra = '',
  ): Promise<{ events: Array<{ id: string; type: string; data: Record<string, unknown> }>; cursor: string }> {
    const events = [];
    let cursor = after;
    for (let page = 0; page < 100; page++) {
      const response = await call(
        app
          .http()
          .get(`/v1/events?limit=3${cursor ? `&after=${cursor}` : ''}${extra}`)
          .set('Authorization', basic(client)),
      );
      expect(response.status).toBe(200);
      events.push(...response.body.data);
      cursor = response.body.next_cursor;
      if (!response.body.has_more) break;
    }
    return { events, cursor: cursor! };
  }

  /**
   * The feed after a cursor once it holds `count` events about one result. An event shows in the
   * feed once every older transaction of its database has ended (so that none can appear behind the
   * cursor later), which a transaction of the server's own jobs may delay; so an earlier test's event
   * may also still turn up after the cursor, ahead of ours.
   */
  async function feedAbout(client: { clientId: string; secret: string }, after: string, trf: string, count: number, extra = '') {
    let feed = await readFeed(client, after, extra);
    const about = () => feed.events.filter((event) => event.data.trfNumber === trf);
    await until(async () => {
      feed = await readFeed(client, after, extra);
      return about().length >= count;
    });
    return { events: about(), cursor: feed.cursor };
  }

  function verified(delivery: ReceivedWebhook, secret: string): { id: string; type: string; data: Record<string, unknown> } {
    // The Standard Webhooks reference library, as a receiver would use it.
    const event = new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>) as {
      id: string;
      type: string;
      data: Record<string, unknown>;
    };
    assertWebhookMatchesContract(event);
    expect(delivery.headers['webhook-id']).toBe(event.id);
    return event;
  }

  it('delivers a remark to the university, verified by the Standard Webhooks library within seconds, lists it in its feed, and tells the other RO nothing', async () => {
    const university = await receiver();
    const office = await receiver();
    const endpoint = await subscribe(UNIVERSITY, university.url, ['ielts.result.updated', 'ielts.result.cancelled']);
    await subscribe(IMMIGRATION_OFFICE, office.url);
    const { cursor: officeCursor } = await readFeed(IMMIGRATION_OFFICE);
    const { cursor } = await readFeed(UNIVERSITY);

    const started = Date.now();
    const remarked = await remark();
    expect(remarked.status).toBe(200);
    expect(remarked.body).toMatchObject({ trfNumber: SEED_TRF, status: 'REMARKED' });
    const [delivery] = await university.waitFor(1, 10_000);
    const seconds = (Date.now() - started) / 1000;
    console.log(`remark delivered, verified, in ${seconds.toFixed(2)} s`);
    expect(seconds).toBeLessThan(10);

    const event = verified(delivery, endpoint.secret);
    expect(event.type).toBe('ielts.result.updated');
    // The SDK's helper reads it the same, and refuses it with one character changed.
    expect(verifyWebhook(delivery.body, delivery.headers, endpoint.secret)).toEqual(event);
    expect(() => verifyWebhook(delivery.body.replace('REMARKED', 'REMARKEd'), delivery.headers, endpoint.secret)).toThrow(WebhookVerificationError);
    expect(event.id).toMatch(/^evt_[0-9a-f]{32}$/);
    // The result as the verification API answers it, without the photo.
    expect(event.data).toEqual(remarked.body);
    expect(event.data).not.toHaveProperty('photo');
    const verification = await call(
      app.http().get(`/v1/ielts/result-verification?trfNumber=${SEED_TRF}&photoFlag=N&OSRFlag=Y`).set('Authorization', basic(UNIVERSITY)),
    );
    expect(verification.body.results[0]).toEqual(event.data);

    const feed = await feedAbout(UNIVERSITY, cursor, SEED_TRF, 1);
    expect(feed.events.map((e) => e.id)).toEqual([event.id]);
    expect(feed.events[0]).toEqual(JSON.parse(delivery.body));

    // The immigration office is not shared the result: no delivery, no event.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(office.attempts).toBe(0);
    expect((await readFeed(IMMIGRATION_OFFICE, officeCursor)).events).toEqual([]);
    const foreign = await call(app.http().get(`/v1/events/${event.id}`).set('Authorization', basic(IMMIGRATION_OFFICE)));
    expect(foreign.status).toBe(404);
    expect((await call(app.http().get(`/v1/events/${event.id}`).set('Authorization', basic(UNIVERSITY)))).body).toEqual(feed.events[0]);
  });

  it('gets a receiver that was down everything afterwards, in order, each event once per successful delivery', async () => {
    const down = await receiver();
    const endpoint = await subscribe(UNIVERSITY, down.url);
    down.status = 503;
    const { cursor } = await readFeed(UNIVERSITY);
    const created = await call(app.http().post('/v1/sandbox/ielts/results').set('Authorization', basic(UNIVERSITY)));
    expect(created.status).toBe(201);
    const trf = created.body.trfNumber as string;
    // shared, then three remarks, then a cancellation: five events about one result.
    for (let i = 0; i < 3; i++) expect((await remark(UNIVERSITY, trf)).status).toBe(200);
    expect((await call(app.http().post(`/v1/sandbox/ielts/results/${trf}/cancel`).set('Authorization', basic(UNIVERSITY)))).status).toBe(200);
    // Down: only the first event is tried (the others wait behind it), and it fails.
    await until(async () => down.attempts >= 2);
    const deliveries = await call(app.http().get(`/v1/webhook-endpoints/${endpoint.id}/deliveries`).set('Authorization', basic(UNIVERSITY)));
    expect(deliveries.body.data.filter((d: { status: string }) => d.status === 'pending')).toHaveLength(5);
    const failing = await call(app.http().get(`/v1/webhook-endpoints/${endpoint.id}`).set('Authorization', basic(UNIVERSITY)));
    expect(failing.body.status).toBe('failing');

    down.status = 200;
    const received = await down.waitFor(5, 15_000);
    const events = received.map((delivery) => verified(delivery, endpoint.secret));
    expect(events.map((e) => e.type)).toEqual([
      'ielts.result.shared',
      'ielts.result.updated',
      'ielts.result.updated',
      'ielts.result.updated',
      'ielts.result.cancelled',
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(5);
    // Each remark is delivered as it was: the first carries the writing score the share did not.
    expect(events[1].data.writingScore).not.toBe(events[0].data.writingScore);
    expect(events[4].data.status).toBe('CANCELLED');
    // Nothing more comes: each event once.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(down.received).toHaveLength(5);
    // The feed holds the same events, in the same order.
    const feed = await feedAbout(UNIVERSITY, cursor, trf, 5);
    expect(feed.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    const healthy = await call(app.http().get(`/v1/webhook-endpoints/${endpoint.id}`).set('Authorization', basic(UNIVERSITY)));
    expect(healthy.body).toMatchObject({ status: 'active', failingSince: null });
  });

  it('fails a delivery for good when its schedule runs out, turns the endpoint off, and re-sends when asked', async () => {
    const dead = await receiver();
    dead.status = 500;
    const endpoint = await subscribe(UNIVERSITY, dead.url, ['ielts.result.updated']);
    const since = new Date().toISOString();
    await remark();
    // One attempt and five retries.
    await until(async () => dead.attempts >= 6);
    await until(async () => {
      const current = await call(app.http().get(`/v1/webhook-endpoints/${endpoint.id}`).set('Authorization', basic(UNIVERSITY)));
      return current.body.status === 'disabled';
    });
    const [failed] = (await call(app.http().get(`/v1/webhook-endpoints/${endpoint.id}/deliveries?status=failed`).set('Authorization', basic(UNIVERSITY)))).body
      .data;
    expect(failed).toMatchObject({ status: 'failed', attempts: 6, lastStatusCode: 500, eventType: 'ielts.result.updated' });

    // Fixed and turned on again; the failed delivery is re-sent, then everything since a time.
    dead.status = 200;
    const enabled = await call(app.http().patch(`/v1/webhook-endpoints/${endpoint.id}`).set('Authorization', basic(UNIVERSITY)).send({ enabled: true }));
    expect(enabled.body).toMatchObject({ enabled: true, status: 'active', disabledReason: null });
    const resent = await call(app.http().post(`/v1/webhook-endpoints/${endpoint.id}/deliveries/${failed.id}/resend`).set('Authorization', basic(UNIVERSITY)));
    expect(resent.status).toBe(202);
    const [first] = await dead.waitFor(1);
    expect(verified(first, endpoint.secret).id).toBe(failed.eventId);
    const again = await call(app.http().post(`/v1/webhook-endpoints/${endpoint.id}/resend`).set('Authorization', basic(UNIVERSITY)).send({ since }));
    expect(again.status).toBe(202);
    expect(again.body.queued).toBe(1);
    const [, second] = await dead.waitFor(2);
    expect(verified(second, endpoint.secret).id).toBe(failed.eventId);
  });

  it('signs with both secrets while one is rotated out, and pings on demand', async () => {
    const target = await receiver();
    const endpoint = await subscribe(UNIVERSITY, target.url, ['ielts.result.cancelled']);
    const rotated = await call(app.http().post(`/v1/webhook-endpoints/${endpoint.id}/rotate-secret`).set('Authorization', basic(UNIVERSITY)).send({}));
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    expect(Date.parse(rotated.body.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(86_000_000);
    const ping = await call(app.http().post(`/v1/webhook-endpoints/${endpoint.id}/test`).set('Authorization', basic(UNIVERSITY)));
    expect(ping.body).toMatchObject({ delivered: true, statusCode: 200, error: null });
    const [delivery] = await target.waitFor(1);
    expect(String(delivery.headers['webhook-signature']).split(' ')).toHaveLength(2);
    // Either secret verifies it: the receiver switches when it is ready.
    expect(verified(delivery, endpoint.secret)).toMatchObject({ type: 'webhook.ping', data: { endpointId: endpoint.id } });
    expect(verified(delivery, rotated.body.secret).type).toBe('webhook.ping');
    expect(verifyWebhook(delivery.body, delivery.headers, [rotated.body.secret, endpoint.secret]).type).toBe('webhook.ping');
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(delivery.body, delivery.headers as Record<string, string>)).toThrow();

    // Without an overlap the old secret stops at once.
    const cut = await call(
      app.http().post(`/v1/webhook-endpoints/${endpoint.id}/rotate-secret`).set('Authorization', basic(UNIVERSITY)).send({ overlapSeconds: 0 }),
    );
    expect(cut.body.previousSecretExpiresAt).toBeNull();
    await call(app.http().post(`/v1/webhook-endpoints/${endpoint.id}/test`).set('Authorization', basic(UNIVERSITY)));
    const [, second] = await target.waitFor(2);
    expect(String(second.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verified(second, cut.body.secret).type).toBe('webhook.ping');
  });

  it('keeps endpoints to their organisation, and refuses private addresses unless the setting allows them', async () => {
    const target = await receiver();
    const endpoint = await subscribe(UNIVERSITY, target.url);
    for (const request of [
      app.http().get(`/v1/webhook-endpoints/${endpoint.id}`),
      app.http().patch(`/v1/webhook-endpoints/${endpoint.id}`).send({ enabled: false }),
      app.http().delete(`/v1/webhook-endpoints/${endpoint.id}`),
      app.http().post(`/v1/webhook-endpoints/${endpoint.id}/test`),
      app.http().get(`/v1/webhook-endpoints/${endpoint.id}/deliveries`),
    ]) {
      expect((await call(request.set('Authorization', basic(IMMIGRATION_OFFICE)))).status).toBe(404);
    }
    const listed = await call(app.http().get('/v1/webhook-endpoints').set('Authorization', basic(IMMIGRATION_OFFICE)));
    expect(listed.body.data.map((e: { id: string }) => e.id)).not.toContain(endpoint.id);

    const strict = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false' });
    try {
      const client: TestClient = await createClient(strict, { scopes: ['events:write', 'events:read'] });
      for (const [url, reason] of refusedWebhookUrls(target.url)) {
        const refused = await call(
          strict
            .http()
            .post('/v1/webhook-endpoints')
            .set('Authorization', basic(client))
            .send({ url, events: ['*'] }),
        );
        expect(refused.status).toBe(400);
        expect(refused.body.details[0]).toMatchObject({ location: 'body', field: 'url' });
        expect(refused.body.detail).toMatch(reason);
      }
    } finally {
      await strict.close();
    }
  });

  it('pages the feed exactly once, with and without a type filter, and the sandbox is the sandbox only', async () => {
    const { cursor } = await readFeed(UNIVERSITY);
    const created = await call(app.http().post('/v1/sandbox/ielts/results').set('Authorization', basic(UNIVERSITY)));
    const trf = created.body.trfNumber as string;
    for (let i = 0; i < 4; i++) await remark(UNIVERSITY, trf);
    const all = await feedAbout(UNIVERSITY, cursor, trf, 5);
    expect(all.events.map((e) => e.type)).toEqual(['ielts.result.shared', ...Array(4).fill('ielts.result.updated')]);
    const updates = await feedAbout(UNIVERSITY, cursor, trf, 4, '&type=ielts.result.updated');
    expect(updates.events.map((e) => e.id)).toEqual(all.events.slice(1).map((e) => e.id));
    const shares = await feedAbout(UNIVERSITY, cursor, trf, 1, '&type=ielts.result.shared');
    expect(shares.events.map((e) => e.id)).toEqual([all.events[0].id]);
    // Past events of other types, the cursor moves to where the feed ends: nothing about this result is after it.
    for (const after of [shares.cursor, all.cursor]) expect((await readFeed(UNIVERSITY, after)).events.filter((e) => e.data.trfNumber === trf)).toEqual([]);
    // Beyond the end, an empty page that keeps the cursor.
    const end = '999999999999999999.999999999999999999';
    const empty = await call(app.http().get(`/v1/events?after=${end}`).set('Authorization', basic(UNIVERSITY)));
    expect(empty.body).toEqual({ data: [], has_more: false, next_cursor: end });

    const production = await startTestApp({ DEMO_SEED: 'true', SANDBOX: 'false' });
    try {
      const refused = await call(production.http().post(`/v1/sandbox/ielts/results/${SEED_TRF}/remark`).set('Authorization', basic(UNIVERSITY)));
      expect(refused.status).toBe(404);
      expect(refused.body.detail).toMatch(/sandbox only/);
    } finally {
      await production.close();
    }
  });

  it('tells every RO a result is shared with when the provider corrects it, each with its own view', async () => {
    const [university, office] = [await receiver(), await receiver()];
    const endpoints = [await subscribe(UNIVERSITY, university.url), await subscribe(IMMIGRATION_OFFICE, office.url)];
    const created = await call(app.http().post('/v1/sandbox/ielts/results').set('Authorization', basic(UNIVERSITY)));
    const trf = created.body.trfNumber as string;
    await call(app.http().put(`/v1/ielts/admin/results/${trf}/shares/5020`).set('Authorization', basic(ADMIN)).send({}));
    const [, officeShared] = [await university.waitFor(1), await office.waitFor(1)];
    expect(verified(officeShared[0], endpoints[1].secret)).toMatchObject({ type: 'ielts.result.shared', data: { trfNumber: trf, roId: '5020' } });
    // The provider loads a correction.
    const input = (await call(app.http().get(`/v1/ielts/result-verification?trfNumber=${trf}&photoFlag=N`).set('Authorization', basic(UNIVERSITY)))).body
      .results[0];
    const corrected = await call(
      app
        .http()
        .put(`/v1/ielts/admin/results/${trf}`)
        .set('Authorization', basic(ADMIN))
        .send({
          candidateId: input.candidateId,
          centreNumber: input.centreNumber,
          candidateNumber: input.candidateNumber,
          testDate: `${input.testDate.slice(0, 4)}-${input.testDate.slice(4, 6)}-${input.testDate.slice(6)}`,
          module: input.module,
          familyName: 'CORRECTED',
          firstName: input.firstName,
          dateOfBirth: '2000-01-01',
          gender: input.gender,
          listeningScore: Number(input.listeningScore),
          readingScore: Number(input.readingScore),
          writingScore: Number(input.writingScore),
          speakingScore: Number(input.speakingScore),
          overallBandScore: Number(input.overallBandScore),
          status: 'CORRECTED',
        }),
    );
    expect(corrected.status).toBe(200);
    const [universityEvents, officeEvents] = [await university.waitFor(2), await office.waitFor(2)];
    expect(verified(universityEvents[1], endpoints[0].secret)).toMatchObject({
      type: 'ielts.result.updated',
      data: { roId: '5010', familyName: 'CORRECTED', status: 'CORRECTED' },
    });
    expect(verified(officeEvents[1], endpoints[1].secret)).toMatchObject({ type: 'ielts.result.updated', data: { roId: '5020', familyName: 'CORRECTED' } });
  });

  it('records a delivery the receiver took when the database fails that write once, and posts it once', async () => {
    const target = await receiver();
    const endpoint = await subscribe(UNIVERSITY, target.url, ['ielts.result.updated']);
    const restore = await failFirstStatusWrite(app.dataSource, 'event_deliveries', 'delivered', `NEW.endpoint_id = '${endpoint.id}'`);
    try {
      expect((await remark()).status).toBe(200);
      const delivery = async () =>
        (await call(app.http().get(`/v1/webhook-endpoints/${endpoint.id}/deliveries`).set('Authorization', basic(UNIVERSITY)))).body.data[0];
      await until(async () => (await delivery())?.status === 'delivered');
      expect(await delivery()).toMatchObject({ status: 'delivered', attempts: 1, lastError: null });
      expect(target.received).toHaveLength(1);
    } finally {
      await restore();
    }
  });
});

import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { DEMO_BOOKING } from '../../src/seed/booking-demo-data.js';
import { basic, createClient, demoClient } from '../support/clients.js';
import { assertWebhookMatchesContract, call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

const BOOKING = demoClient('demo-booking-centre');
const ATS = demoClient('demo-results-ats');
const UNIVERSITY = demoClient('demo-ielts-ro');

describe('centre events: registrations, exam events and Results, for the centre only', () => {
  let app: TestApp;
  let centre: WebhookReceiver;
  let university: WebhookReceiver;
  let secret: string;

  beforeAll(async () => {
    app = await startTestApp({ DEMO_SEED: 'true', WEBHOOK_ALLOW_PRIVATE_URLS: 'true', JOBS_POLL_INTERVAL_MS: '50' });
    [centre, university] = [await startWebhookReceiver(), await startWebhookReceiver()];
    // The booking client and the ATS act for one centre: either may register the centre's endpoint.
    const endpoint = await call(
      app
        .http()
        .post('/v1/webhook-endpoints')
        .set('Authorization', basic(BOOKING))
        .send({ url: centre.url, events: ['*'] }),
    );
    secret = endpoint.body.secret;
    await call(
      app
        .http()
        .post('/v1/webhook-endpoints')
        .set('Authorization', basic(UNIVERSITY))
        .send({ url: university.url, events: ['*'] }),
    );
  });
  afterAll(async () => {
    await centre?.close();
    await university?.close();
    await app?.close();
  });

  // How many of the centre's deliveries the test has taken. Counted here, not read from what has arrived
  // when next() is called: a webhook may arrive before the call that caused it has been answered.
  let taken = 0;

  /** The next delivery to the centre, verified with the Standard Webhooks library and checked against the contract. */
  async function next(): Promise<{ id: string; type: string; data: Record<string, unknown> }> {
    const count = ++taken;
    const delivery = (
      await centre.waitFor(count).catch(async (error: Error) => {
        // A delivery that does not arrive says where it stands: every event, every delivery, every endpoint.
        const deliveries = await app.dataSource.query(
          `SELECT e.type, d.status, d.attempts, d.last_error, d.last_status_code, d.next_attempt_at, d.locked_until, now() AS now
           FROM event_deliveries d JOIN events e ON e.seq = d.event_seq ORDER BY e.seq`,
        );
        const events = await app.dataSource.query('SELECT seq, type, organisation_id, created_at FROM events ORDER BY seq');
        const endpoints = await app.dataSource.query('SELECT id, organisation_id, enabled, disabled_reason, events FROM webhook_endpoints');
        throw new Error(
          `${error.message}; deliveries: ${JSON.stringify(deliveries)}; events: ${JSON.stringify(events)}; endpoints: ${JSON.stringify(endpoints)}`,
        );
      })
    )[count - 1];
    const event = new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>) as {
      id: string;
      type: string;
      data: Record<string, unknown>;
    };
    assertWebhookMatchesContract(event);
    return event;
  }

  it('pushes a registration created, transferred and cancelled, and an exam event cancelled, as their own API answers them', async () => {
    const registration = randomUUID();
    const [venue] = DEMO_BOOKING.venues;
    const start = new Date(Date.now() + 30 * 86_400_000);
    start.setUTCHours(9, 0, 0, 0);
    const registered = await call(
      app
        .http()
        .post(`/api/registrations/${registration}/commands/register-lax`)
        .set('Authorization', basic(BOOKING))
        .send({
          EventVenue: venue.id,
          EventStart: start.toISOString().replace('.000Z', '+00:00'),
          EventExamType: 'Academic',
          EventExamFormat: 'Paper',
          EventBillingCode: 'Standard',
          Learner: DEMO_BOOKING.learners[0].id,
          Assessment: DEMO_BOOKING.forms[0].code,
        }),
    );
    expect(registered.status).toBe(201);
    const created = await next();
    expect(created).toMatchObject({ type: 'booking.registration.created', data: registered.body });

    const later = new Date(start.getTime() + 7 * 86_400_000).toISOString().replace('.000Z', '+00:00');
    const moved = await call(
      app
        .http()
        .post(`/api/registrations/${registration}/commands/transfer-lax`)
        .set('Authorization', basic(BOOKING))
        .send({ EventVenue: venue.id, EventStart: later, EventExamType: 'Academic', Learner: DEMO_BOOKING.learners[0].id, Reason: 'Clash' }),
    );
    expect(moved.status).toBe(200);
    expect(await next()).toMatchObject({ type: 'booking.registration.transferred', data: moved.body });

    const cancelled = await call(
      app.http().post(`/api/registrations/${registration}/commands/cancel`).set('Authorization', basic(BOOKING)).send({ Reason: 'Ill' }),
    );
    expect(await next()).toMatchObject({ type: 'booking.registration.cancelled', data: cancelled.body });
    // Cancelling again changes nothing, so tells nothing.
    await call(app.http().post(`/api/registrations/${registration}/commands/cancel`).set('Authorization', basic(BOOKING)).send({ Reason: 'Ill' }));

    const examEvent = moved.body.Event.Identifier as string;
    const called = await call(app.http().post(`/api/events/${examEvent}/cancel`).set('Authorization', basic(BOOKING)).send({ Reason: 'Venue closed' }));
    expect(called.status).toBe(200);
    expect(await next()).toMatchObject({ type: 'booking.event.cancelled', data: called.body });
    expect(centre.received).toHaveLength(4);
  });

  it('pushes a result issued, an enquiry moving on and a script ready, made to happen by the sandbox', async () => {
    const issued = await call(app.http().post('/v1/sandbox/results/events').set('Authorization', basic(ATS)).send({ type: 'results.result.issued' }));
    expect(issued.status).toBe(201);
    const event = await next();
    expect(event).toMatchObject({ type: 'results.result.issued', data: { ...issued.body.data, centreId: '04200', resultStatus: 'Issued' } });
    const status = await call(
      app
        .http()
        .get(
          `/v1/candidates/resultStatus/businessStream/02/sessions/${event.data.sessionId}/centres/04200/candidateNumber/${event.data.candidateNumber}/assessments/${event.data.assessmentCode}`,
        )
        .set('Authorization', basic(ATS)),
    );
    expect(status.body).toEqual(event.data);

    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const made = await call(app.http().post('/v1/sandbox/results/events').set('Authorization', basic(ATS)).send({ type: 'results.enquiry.updated' }));
      expect({ status: made.status, body: made.body }).toMatchObject({ status: 201, body: { type: 'results.enquiry.updated' } });
      const enquiry = await next();
      expect(enquiry.type).toBe('results.enquiry.updated');
      statuses.push(enquiry.data.status);
    }
    expect(statuses).toEqual(['Received', 'InProgress', 'Completed']);

    const script = await call(app.http().post('/v1/sandbox/results/events').set('Authorization', basic(ATS)).send({ type: 'results.script.ready' }));
    expect({ status: script.status, body: script.body }).toMatchObject({ status: 201, body: { type: 'results.script.ready' } });
    const ready = await next();
    expect(ready).toMatchObject({ type: 'results.script.ready', data: { ...script.body.data, status: 'Fulfilled' } });
    const [page] = ready.data.docStorePageIds as string[];
    const pdf = await app.http().get(`/v1/candidates/scripts/pdf/${page}`).set('Authorization', basic(ATS));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/application\/pdf/);

    // None of the centre's events reached the university, which receives only its own.
    expect(university.received.map((d) => JSON.parse(d.body).type).filter((type: string) => !type.startsWith('ielts.'))).toEqual([]);
  });

  it('refuses the Results sandbox to a client that acts for no one centre', async () => {
    const board = await createClient(app, { scopes: ['results:read'], orgKind: 'exam_board' });
    const refused = await call(app.http().post('/v1/sandbox/results/events').set('Authorization', basic(board)).send({ type: 'results.result.issued' }));
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/every centre/);
  });
});

import { basic, createClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { failFirstStatusWrite } from '../support/failing-write.js';
import { fulfill, setUpFulfillment, type FulfillmentWorld } from '../support/fulfillment.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { until } from '../support/until.js';

const REFUSED_CANDIDATE = 'no.such.candidate@example.org';
const REFUSED_COPY = 'gone.adviser@example.org';
const ARCHIVE = 'archive@assessment-platform.test';
const GREYLISTED = 'greylisted.candidate@example.org';
const GREYLISTED_WITH_COPY = 'greylisted.with.copy@example.org';

describe('Fulfillment: what becomes of the candidate e-mail, told to the Local Administrator', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let world: FulfillmentWorld;
  // Read by the sink at each recipient, so a test can add to it.
  const refused = [REFUSED_CANDIDATE, REFUSED_COPY];

  beforeAll(async () => {
    smtp = await startSmtpSink(0, { refused, greylisted: [GREYLISTED, GREYLISTED_WITH_COPY] });
    app = await startTestApp(
      { SMTP_URL: smtp.url, JOBS_POLL_INTERVAL_MS: '50', MAIL_ARCHIVE_ADDRESS: ARCHIVE, MAIL_RETRY_BASE_MS: '100', LOG_LEVEL: 'warn' },
      undefined,
      {
        captureLogs: true,
      },
    );
    world = await setUpFulfillment(app, { tests: 10 });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  /** Fulfils an STX test, waits for its mail to leave the queue, and answers its outbox row and log lines. */
  async function mailFor(request: { email: string; bcc?: string }) {
    const response = await fulfill(app, world.la, world.keys['STX-Academic-Plus'], { 'product-code': 'STX-Academic-Plus', ...request });
    expect(response.status).toBe(201);
    const id = response.body.email.messageId as string;
    const row = async () => (await app.dataSource.query('SELECT status, attempts, sent_at, last_error FROM mail_outbox WHERE id = $1', [id]))[0];
    await until(async () => (await row()).status !== 'pending');
    const lines = app.logs().filter((line) => typeof line.msg === 'string' && line.msg.startsWith(`mail ${id} `));
    return {
      fulfilmentId: response.body.fulfilmentId as string,
      row: await row(),
      messages: lines.map((line) => line.msg),
      received: smtp.messages.filter((m) => m.parsed.messageId === `<${id}@assessment-platform>`),
    };
  }

  const emailState = (fulfilmentId: string, client = world.la) =>
    call(app.http().get(`/v1/fulfillment/fulfilments/${fulfilmentId}/email`).set('Authorization', basic(client)));

  it('tells the Local Administrator an e-mail went out, and no one else', async () => {
    const { fulfilmentId, row } = await mailFor({ email: 'taker@example.org', bcc: 'adviser@example.org' });
    expect(row.status).toBe('sent');
    const state = await emailState(fulfilmentId);
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({ fulfilmentId, to: 'taker@example.org', bcc: ['adviser@example.org'], status: 'sent', attempts: 1, failure: null });
    expect(Date.parse(state.body.sentAt)).toBeGreaterThan(Date.now() - 60_000);
    // Another organisation's Local Administrator, and a fulfilment that sends no e-mail, see nothing.
    const other = await createClient(app, { scopes: ['fulfillment:read'], orgKind: 'local_administrator' });
    expect((await emailState(fulfilmentId, other)).status).toBe(404);
    const gtx = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], { 'product-code': 'GTX-Academic-Plus' });
    expect((await emailState(gtx.body.fulfilmentId)).status).toBe(404);
    expect((await emailState('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await emailState('not-a-uuid')).status).toBe(400);
  });

  it("marks the mail dead at once when the server refuses the candidate's address, keeps its reply, and sends nothing twice", async () => {
    const { fulfilmentId, row, messages, received } = await mailFor({ email: REFUSED_CANDIDATE });
    expect(row).toMatchObject({ status: 'dead', attempts: 1, sent_at: null });
    expect(row.last_error).toContain(`${REFUSED_CANDIDATE} refused: 550 5.1.1 <${REFUSED_CANDIDATE}>: Recipient address rejected`);
    // The archive took its copy, once: a retry would have sent it again.
    expect(received.map((mail) => mail.envelopeTo)).toEqual([[ARCHIVE]]);
    expect(messages).toEqual([
      expect.stringMatching(
        /not delivered to its recipient; marked dead: the server refused 1 of 2 recipients \(\[address\] refused: 550 5\.1\.1 <\[address\]>/,
      ),
    ]);
    expect(JSON.stringify(app.logs())).not.toContain(REFUSED_CANDIDATE);
    // The Local Administrator learns it, with the server's reply, to correct the address.
    const state = await emailState(fulfilmentId);
    expect(state.body).toMatchObject({ to: REFUSED_CANDIDATE, status: 'dead', attempts: 1, sentAt: null });
    expect(state.body.failure).toContain(`550 5.1.1 <${REFUSED_CANDIDATE}>: Recipient address rejected`);
  });

  it('keeps the mail sent when only a copy is refused, with the reply kept', async () => {
    const { row, messages, received } = await mailFor({ email: 'taker@example.org', bcc: REFUSED_COPY });
    expect(row.status).toBe('sent');
    expect(row.sent_at).not.toBeNull();
    expect(row.last_error).toContain(`${REFUSED_COPY} refused: 550`);
    expect(received.map((mail) => [...mail.envelopeTo].sort())).toEqual([[ARCHIVE, 'taker@example.org']]);
    expect(messages).toEqual([expect.stringMatching(/ sent: the server refused 1 of 3 recipients \(\[address\] refused: 550/)]);
    expect(JSON.stringify(app.logs())).not.toContain(REFUSED_COPY);
  });

  it("does not show the Local Administrator the platform's archive address when the archive copy is refused", async () => {
    refused.push(ARCHIVE);
    try {
      const { fulfilmentId, row } = await mailFor({ email: 'second.taker@example.org' });
      expect(row.status).toBe('sent');
      expect(row.last_error).toContain(ARCHIVE);
      const state = await emailState(fulfilmentId);
      expect(state.body).toMatchObject({ status: 'sent', failure: expect.stringContaining("the platform's archive refused: 550") });
      expect(JSON.stringify(state.body)).not.toContain(ARCHIVE);
    } finally {
      refused.pop();
    }
  });

  it('tries the candidate again, alone, when the server deferred only its address, so the archive gets one copy', async () => {
    const { fulfilmentId, row, messages, received } = await mailFor({ email: GREYLISTED });
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    expect(row.last_error).toBeNull();
    expect(received.map((mail) => mail.envelopeTo)).toEqual([[ARCHIVE], [GREYLISTED]]);
    expect(messages).toEqual([
      expect.stringMatching(/attempt 1: the server refused 1 of 2 recipients \(\[address\] refused: 451 .*\); retry in \d+ ms for its recipient alone$/),
    ]);
    expect((await emailState(fulfilmentId)).body).toMatchObject({ to: GREYLISTED, status: 'sent', attempts: 2, failure: null });
  });

  it("still tells a copy's refusal once the deferred candidate has the mail", async () => {
    const { fulfilmentId, row, received } = await mailFor({ email: GREYLISTED_WITH_COPY, bcc: REFUSED_COPY });
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    expect(row.last_error).toMatch(new RegExp(`^${REFUSED_COPY} refused: 550 5\\.1\\.1 <${REFUSED_COPY}>`));
    expect(row.last_error).not.toContain(GREYLISTED_WITH_COPY);
    expect(received.map((mail) => mail.envelopeTo)).toEqual([[ARCHIVE], [GREYLISTED_WITH_COPY]]);
    expect((await emailState(fulfilmentId)).body).toMatchObject({
      status: 'sent',
      attempts: 2,
      failure: expect.stringContaining(`${REFUSED_COPY} refused: 550`),
    });
  });

  it('records a mail the server took when the database fails that write once, and sends it once', async () => {
    const restore = await failFirstStatusWrite(app.dataSource, 'mail_outbox', 'sent');
    try {
      const { row, messages, received } = await mailFor({ email: 'recorded.once@example.org' });
      expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
      expect(received).toHaveLength(1);
      expect(messages).toEqual([expect.stringMatching(/was taken by the mail server; recording it failed \(the database failed the write\), trying again$/)]);
    } finally {
      await restore();
    }
  });
});

describe('Fulfillment: a copy refused before the mail server went away', () => {
  let smtp: SmtpSink;
  let proxy: TcpProxy;
  let app: TestApp;
  let world: FulfillmentWorld;

  beforeAll(async () => {
    smtp = await startSmtpSink(0, { refused: [REFUSED_COPY], greylisted: [GREYLISTED_WITH_COPY] });
    proxy = new TcpProxy('127.0.0.1', smtp.port);
    await proxy.start();
    app = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${proxy.port}`, JOBS_POLL_INTERVAL_MS: '50', MAIL_RETRY_BASE_MS: '1000', MAIL_MAX_ATTEMPTS: '2' });
    world = await setUpFulfillment(app, { tests: 2 });
  });
  afterAll(async () => {
    await app?.close();
    await proxy?.stop();
    await smtp?.close();
  });

  it("still tells the copy's refusal when the candidate's retries die of a connection error", async () => {
    const response = await fulfill(app, world.la, world.keys['STX-Academic-Plus'], {
      'product-code': 'STX-Academic-Plus',
      email: GREYLISTED_WITH_COPY,
      bcc: REFUSED_COPY,
    });
    expect(response.status).toBe(201);
    const id = response.body.email.messageId as string;
    const row = async () => (await app.dataSource.query('SELECT status, attempts, recipients, last_error FROM mail_outbox WHERE id = $1', [id]))[0];
    // The first attempt: the candidate deferred (451), the copy refused for good (550). Then the server goes away.
    await until(async () => (await row()).recipients.refusedCopies !== undefined);
    await proxy.stop();
    await until(async () => (await row()).status !== 'pending');
    const dead = await row();
    expect(dead).toMatchObject({ status: 'dead', attempts: 2 });
    expect(dead.last_error).toMatch(/ECONNREFUSED/);
    expect(dead.last_error).toContain(`${REFUSED_COPY} refused: 550 5.1.1 <${REFUSED_COPY}>`);
    const state = await call(app.http().get(`/v1/fulfillment/fulfilments/${response.body.fulfilmentId}/email`).set('Authorization', basic(world.la)));
    expect(state.body).toMatchObject({ status: 'dead', attempts: 2, failure: expect.stringContaining(`${REFUSED_COPY} refused: 550`) });
  });
});

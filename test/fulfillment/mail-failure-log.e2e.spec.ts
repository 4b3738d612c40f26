import { fulfill, setUpFulfillment, type FulfillmentWorld } from '../support/fulfillment.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';

const REFUSED_CANDIDATE = 'no.such.candidate@example.org';
const REFUSED_COPY = 'gone.adviser@example.org';
const ARCHIVE = 'archive@assessment-platform.test';

describe('Fulfillment: candidate e-mails a mail server partly refuses', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let world: FulfillmentWorld;

  beforeAll(async () => {
    smtp = await startSmtpSink(0, [REFUSED_CANDIDATE, REFUSED_COPY]);
    app = await startTestApp({ SMTP_URL: smtp.url, JOBS_POLL_INTERVAL_MS: '50', MAIL_ARCHIVE_ADDRESS: ARCHIVE, LOG_LEVEL: 'warn' }, undefined, {
      captureLogs: true,
    });
    world = await setUpFulfillment(app);
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
      row: await row(),
      messages: lines.map((line) => line.msg),
      received: smtp.messages.filter((m) => m.parsed.messageId === `<${id}@assessment-platform>`),
    };
  }

  it("marks the mail dead at once when the server refuses the candidate's address, keeps its reply, and sends nothing twice", async () => {
    const { row, messages, received } = await mailFor({ email: REFUSED_CANDIDATE });
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
});

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startServersOnOneDatabase, startTestApp, type SharedDatabaseServers, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';

const LEASE_MS = 3000;

/** Queues a mail to one candidate, as a fulfilment does, and answers its id. */
async function queueMail(dataSource: DataSource, subject: string): Promise<string> {
  const id = randomUUID();
  await dataSource.query(`INSERT INTO mail_outbox (id, purpose, recipients, message) VALUES ($1, 'test', $2, $3)`, [
    id,
    { to: ['cand@example.org'], bcc: [] },
    { from: 'Platform <no-reply@example.org>', subject: `${subject} ${id}`, text: 'hello' },
  ]);
  return id;
}

/** The mail's outbox row once it has left `pending` (the sink has a message before the job records it). */
async function settled(dataSource: DataSource, id: string): Promise<Record<string, unknown>> {
  const row = async () => (await dataSource.query('SELECT status, attempts, last_error FROM mail_outbox WHERE id = $1', [id]))[0];
  await until(async () => (await row()).status !== 'pending');
  return row();
}

/**
 * Two processes of one deployment share the outbox. One of them claims a mail and the mail server is
 * slow to answer, for longer than JOB_LEASE_MS: the sender keeps renewing its lease, so the other
 * process never claims the mail and the candidate gets it once.
 */
describe('mail whose server is slower than the lease', () => {
  let smtp: SmtpSink;
  let deployment: SharedDatabaseServers;
  let answer!: () => void;

  beforeAll(async () => {
    smtp = await startSmtpSink(0, { holdFirstReply: new Promise<void>((resolve) => (answer = resolve)) });
    const env = { SMTP_URL: smtp.url, JOBS_POLL_INTERVAL_MS: '50', JOB_LEASE_MS: String(LEASE_MS) };
    deployment = await startServersOnOneDatabase([env, env]);
  });
  afterAll(async () => {
    answer?.();
    await deployment?.close();
    await smtp?.close();
  });

  it('is sent once, by the process that claimed it', async () => {
    const [first] = deployment.servers;
    const id = await queueMail(first.dataSource, 'Slow');
    await smtp.waitFor(1);
    // The server holds its answer for two leases; both processes poll every 50 ms meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 2 * LEASE_MS + 500));
    expect(smtp.messages).toHaveLength(1);
    answer();
    expect(await settled(first.dataSource, id)).toEqual({ status: 'sent', attempts: 1, last_error: null });
    expect(smtp.messages).toHaveLength(1);
  });
});

/**
 * A mail server that takes the message and never finishes its reply, as a tarpit may: no socket
 * time-out notices a server that keeps the connection alive. After MAIL_SEND_TIMEOUT_MS the send is
 * given up and the connection closed, the attempt counted as failed, and the mail goes on its retry.
 */
describe('mail whose server never finishes', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let answer!: () => void;

  beforeAll(async () => {
    smtp = await startSmtpSink(0, { holdFirstReply: new Promise<void>((resolve) => (answer = resolve)) });
    app = await startTestApp(
      { SMTP_URL: smtp.url, JOBS_POLL_INTERVAL_MS: '50', MAIL_SEND_TIMEOUT_MS: '1000', MAIL_RETRY_BASE_MS: '100', LOG_LEVEL: 'warn' },
      undefined,
      { captureLogs: true },
    );
  });
  afterAll(async () => {
    answer?.();
    await app?.close();
    await smtp?.close();
  });

  it('is given up after MAIL_SEND_TIMEOUT_MS and sent on its retry', async () => {
    const id = await queueMail(app.dataSource, 'Stalled');
    // The server still holds its first reply: only the deadline can have ended that attempt.
    expect(await settled(app.dataSource, id)).toEqual({ status: 'sent', attempts: 2, last_error: null });
    expect(smtp.messages.map((mail) => mail.parsed.subject)).toEqual([`Stalled ${id}`, `Stalled ${id}`]);
    const failures = app.logs().filter((line) => typeof line.msg === 'string' && line.msg.startsWith(`mail ${id} attempt 1 failed`));
    expect(failures.map((line) => line.msg)).toEqual([`mail ${id} attempt 1 failed: the mail server had not finished within 1000 ms; retry in 100 ms`]);
  });
});

/**
 * A process closes while the mail server holds its answer to the first mail of a batch: the close
 * waits for that mail, not for the rest of the batch (each of which may take MAIL_SEND_TIMEOUT_MS),
 * and gives the rest back, untried, for any process to send.
 */
describe('mail being sent when the process closes', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let answer!: () => void;

  beforeAll(async () => {
    smtp = await startSmtpSink(0, { holdFirstReply: new Promise<void>((resolve) => (answer = resolve)) });
    app = await startTestApp({ SMTP_URL: smtp.url, JOBS_POLL_INTERVAL_MS: '50' });
  });
  // Set once the test has closed the app itself: only its database is left to drop.
  let closedByTest = false;
  afterAll(async () => {
    answer?.();
    if (closedByTest) await app?.database.drop();
    else await app?.close();
    await smtp?.close();
  });

  it('finishes the mail under way and gives the rest of its batch back untried', async () => {
    // One statement, so the job claims all three in one batch.
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    await app.dataSource.query(
      `INSERT INTO mail_outbox (id, purpose, recipients, message)
       SELECT id, 'test', $2, jsonb_build_object('from', 'Platform <no-reply@example.org>', 'subject', 'Closing ' || id, 'text', 'hello')
         FROM unnest($1::uuid[]) AS id`,
      [ids, { to: ['cand@example.org'], bcc: [] }],
    );
    await smtp.waitFor(1);
    const leased = await app.dataSource.query('SELECT count(*)::int AS n FROM mail_outbox WHERE id = ANY($1) AND locked_until IS NOT NULL', [ids]);
    expect(leased[0].n).toBe(3);
    const closed = app.running.close();
    closedByTest = true;
    answer();
    await closed;
    // Before, the close sent the whole batch first, however long each mail took.
    expect(smtp.messages).toHaveLength(1);
    const sentId = ids.find((id) => smtp.messages[0].parsed.subject?.includes(id));
    const outbox = new pg.Client({ connectionString: app.database.url });
    await outbox.connect();
    const { rows } = await outbox.query('SELECT id, status, attempts, locked_until IS NOT NULL AS leased FROM mail_outbox WHERE id = ANY($1) ORDER BY id', [
      ids,
    ]);
    await outbox.end();
    expect(rows.find((row) => row.id === sentId)).toMatchObject({ status: 'sent', attempts: 1, leased: false });
    expect(rows.filter((row) => row.id !== sentId)).toEqual(
      ids
        .filter((id) => id !== sentId)
        .sort()
        .map((id) => ({ id, status: 'pending', attempts: 0, leased: false })),
    );
  });
});

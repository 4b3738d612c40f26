import { randomUUID } from 'node:crypto';
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

import { randomUUID } from 'node:crypto';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';

/**
 * A process claimed a mail (its lease is set) and died before sending it: another process sends it
 * once JOB_LEASE_MS has passed, not before.
 */
describe('mail claimed by a process that crashed', () => {
  let smtp: SmtpSink;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await startTestApp({ SMTP_URL: smtp.url, JOBS_POLL_INTERVAL_MS: '50', JOB_LEASE_MS: '2000' });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('is sent by another process once the lease has passed', async () => {
    const id = randomUUID();
    const claimedAt = Date.now();
    // As the crashed process left it: claimed (one attempt, leased for JOB_LEASE_MS), never sent.
    await app.dataSource.query(
      `INSERT INTO mail_outbox (id, purpose, recipients, message, attempts, locked_until)
       VALUES ($1, 'test', $2, $3, 1, now() + interval '2 seconds')`,
      [id, { to: ['cand@example.org'], bcc: [] }, { from: 'Platform <no-reply@example.org>', subject: `Lease ${id}`, text: 'hello' }],
    );
    const [mail] = await smtp.waitFor(1, 30_000);
    const waited = Date.now() - claimedAt;
    expect(mail.parsed.subject).toBe(`Lease ${id}`);
    // Not while the crashed process's lease held (the job polls every 50 ms), and once, after it.
    expect(waited).toBeGreaterThanOrEqual(1900);
    // The sink has the message before the job records it as sent: wait for the record (bounded).
    const outboxRow = async () => (await app.dataSource.query('SELECT status, attempts FROM mail_outbox WHERE id = $1', [id]))[0];
    await until(async () => (await outboxRow()).status !== 'pending');
    expect(await outboxRow()).toEqual({ status: 'sent', attempts: 2 });
  });
});

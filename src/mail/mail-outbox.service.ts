import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { afterFailedAttempt } from '../jobs/backoff.js';
import { JobScheduler } from '../jobs/job-scheduler.js';
import { claimLease, keepLeases } from '../jobs/lease-renewal.js';
import { recordTaken } from '../jobs/record-taken.js';
import { maskEmailAddresses } from '../logging/email-address-mask.js';
import type { MailContent, MailRecipients } from './entities/outbox-mail.entity.js';
import { fileTransport, smtpTransport, type MailTransport, type MailSent, type RefusedRecipient } from './mail-transport.js';

const JOB = 'mail-outbox';

/** Where a queued message stands. */
export interface MailState {
  status: 'pending' | 'sent' | 'dead';
  attempts: number;
  sentAt: Date | null;
  /** The mail server's reply to the last failed attempt, or to the recipients it refused. */
  lastError: string | null;
}

interface Claimed {
  id: string;
  recipients: MailRecipients;
  message: MailContent;
  attempts: number;
}
const BATCH = 10;

/**
 * The durable mail outbox: a message is written in the caller's transaction and sent afterwards by a
 * job, retried with exponential backoff, so an SMTP outage delays mail and loses none; after
 * MAIL_MAX_ATTEMPTS it is marked dead and kept.
 */
@Injectable()
export class MailOutboxService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('MailOutbox');
  private readonly transport: MailTransport;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailSendTimeoutMs) : fileTransport(join(config.dataDir, 'mail'));
  }

  onModuleInit(): void {
    this.jobs.register(JOB, (stopping) => this.sendDue(stopping));
  }

  /** Queues a message in the caller's transaction; it leaves once that transaction has committed. */
  async enqueue(manager: EntityManager, purpose: string, recipients: MailRecipients, content: Omit<MailContent, 'from'>): Promise<string> {
    const id = randomUUID();
    await manager.query('INSERT INTO mail_outbox (id, purpose, recipients, message) VALUES ($1, $2, $3::jsonb, $4::jsonb)', [
      id,
      purpose,
      JSON.stringify(recipients),
      JSON.stringify({ from: this.config.mailFrom, ...content }),
    ]);
    return id;
  }

  /** A queued message's state, or undefined when there is none with that id. */
  async state(id: string): Promise<MailState | undefined> {
    const [row]: MailState[] = await this.dataSource.query(
      'SELECT status, attempts, sent_at AS "sentAt", last_error AS "lastError" FROM mail_outbox WHERE id = $1',
      [id],
    );
    return row;
  }

  /** Asks the job to look at the outbox now (after the enqueuing transaction committed). */
  flushSoon(): void {
    this.jobs.kick(JOB);
  }

  async sendDue(stopping?: AbortSignal): Promise<number> {
    // An UPDATE … RETURNING answers [rows, count] through TypeORM.
    const [claimed]: [Claimed[], number] = await this.dataSource.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, locked_until = now() + make_interval(secs => ${this.config.jobLeaseMs / 1000})
        WHERE id IN (SELECT id FROM mail_outbox
                      WHERE status = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
                      ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id, recipients, message, attempts`,
    );
    // The batch is sent one message at a time; the ones not yet settled stay leased meanwhile, however
    // slow the mail server, so no other process takes them over.
    const held = new Set(claimed.map((mail) => mail.id));
    await keepLeases(held, claimLease(this.dataSource, 'mail_outbox', this.config.jobLeaseMs), this.logger, async () => {
      for (const mail of claimed) {
        // A closing process sends no more: each send may take MAIL_SEND_TIMEOUT_MS, and the close waits.
        if (stopping?.aborted) break;
        await this.sendOne(mail);
        held.delete(mail.id);
      }
    });
    if (held.size > 0) await this.giveBack([...held]);
    return claimed.length;
  }

  /** Claimed mails not tried after all: free for any process now, their attempt not counted. */
  private async giveBack(ids: string[]): Promise<void> {
    await this.dataSource.query(`UPDATE mail_outbox SET locked_until = NULL, attempts = attempts - 1 WHERE id = ANY($1::uuid[]) AND status = 'pending'`, [ids]);
  }

  private async sendOne(mail: Claimed): Promise<void> {
    let outcome: MailSent;
    try {
      outcome = await this.transport.send(mail.id, mail.recipients, mail.message);
    } catch (error) {
      return this.failedAttempt(mail, error as Error);
    }
    await recordTaken(
      () => (outcome.refused.length > 0 ? this.partlyRefused(mail, outcome.refused) : this.markSent(mail, outcome.where)),
      this.logger,
      `mail ${mail.id} was taken by the mail server`,
    );
  }

  private async failedAttempt(mail: Claimed, error: Error): Promise<void> {
    const message = error.message.slice(0, 1000);
    const { dead, delayMs: delay, status } = afterFailedAttempt(mail.attempts, this.config.mailMaxAttempts, this.config.mailRetryBaseMs);
    // A copy refused on an earlier attempt stays told beside this failure.
    const told = joinReplies([message, mail.recipients.refusedCopies]).slice(0, 1000);
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = $2, locked_until = NULL, next_attempt_at = now() + make_interval(secs => $3), last_error = $4 WHERE id = $1`,
      [mail.id, status, delay / 1000, told],
    );
    this.logger.warn(`mail ${mail.id} attempt ${mail.attempts} failed: ${maskEmailAddresses(message)}${dead ? '; marked dead' : `; retry in ${delay} ms`}`);
  }

  private async markSent(mail: Claimed, where: string): Promise<void> {
    // A copy refused on an earlier attempt stays told once the candidate has it.
    await this.dataSource.query(`UPDATE mail_outbox SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = $2 WHERE id = $1`, [
      mail.id,
      mail.recipients.refusedCopies ?? null,
    ]);
    this.logger.log(`mail ${mail.id} sent (${maskEmailAddresses(where)})`);
  }

  /**
   * The server took the message for some recipients and refused others. Those that took it must not
   * get it twice, so only the candidate (`to`) is tried again, and only after a temporary refusal
   * (4xx, such as greylisting): the row then holds the candidate alone and waits its backoff. Refused
   * for good, or past MAIL_MAX_ATTEMPTS, the candidate has not got it: the mail is dead. A refused
   * copy (`bcc`) is not sent again and leaves the mail sent. The server's replies are kept; a copy's
   * refusal is carried with the narrowed recipients, so the sent mail still tells it.
   */
  private async partlyRefused(mail: Claimed, refused: RefusedRecipient[]): Promise<void> {
    const to = new Set(mail.recipients.to.map((address) => address.toLowerCase()));
    const candidate = refused.filter(({ address }) => to.has(address.toLowerCase()));
    const told = (recipient: RefusedRecipient) => `${recipient.address} refused: ${recipient.reply}`;
    const refusals = refused.map(told);
    const earlier = mail.recipients.refusedCopies;
    const copies = joinReplies([earlier, ...refused.filter((recipient) => !candidate.includes(recipient)).map(told)]);
    const replies = joinReplies([earlier, ...refusals]).slice(0, 1000);
    const { dead, delayMs } = afterFailedAttempt(mail.attempts, this.config.mailMaxAttempts, this.config.mailRetryBaseMs);
    const deferred = candidate.length > 0 && candidate.every(({ reply }) => reply.startsWith('4'));
    const total = mail.recipients.to.length + mail.recipients.bcc.length;
    const summary = `the server refused ${refused.length} of ${total} recipients (${maskEmailAddresses(refusals.join('; '))})`;
    if (deferred && !dead) {
      await this.dataSource.query(
        `UPDATE mail_outbox SET recipients = $2::jsonb, locked_until = NULL, next_attempt_at = now() + make_interval(secs => $3), last_error = $4 WHERE id = $1`,
        [
          mail.id,
          JSON.stringify({ to: candidate.map(({ address }) => address), bcc: [], refusedCopies: copies.slice(0, 1000) || undefined }),
          delayMs / 1000,
          replies,
        ],
      );
      this.logger.warn(`mail ${mail.id} attempt ${mail.attempts}: ${summary}; retry in ${delayMs} ms for its recipient alone`);
      return;
    }
    const status = candidate.length > 0 ? 'dead' : 'sent';
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = $2::text, sent_at = CASE WHEN $2::text = 'sent' THEN now() END, locked_until = NULL, last_error = $3 WHERE id = $1`,
      [mail.id, status, replies],
    );
    this.logger.warn(`mail ${mail.id} ${status === 'dead' ? 'not delivered to its recipient; marked dead' : 'sent'}: ${summary}`);
  }

  // After the jobs have stopped (beforeApplicationShutdown waits for a send under way), not before them.
  onApplicationShutdown(): void {
    this.transport.close();
  }
}

/** The mail server's replies, and any kept from an earlier attempt, as one text. */
function joinReplies(replies: Array<string | undefined>): string {
  return replies.filter(Boolean).join('; ');
}

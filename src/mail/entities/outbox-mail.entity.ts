import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface MailRecipients {
  to: string[];
  bcc: string[];
  /** The server's replies refusing copies on an earlier attempt, kept once the mail went on to the candidate alone. */
  refusedCopies?: string;
}

export interface MailContent {
  from: string;
  subject: string;
  text: string;
  html?: string;
}

/** A message waiting in (or sent from) the durable mail outbox. */
@Entity({ name: 'mail_outbox' })
export class OutboxMailEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 60 }) purpose!: string;
  @Column({ type: 'jsonb' }) recipients!: MailRecipients;
  @Column({ type: 'jsonb' }) message!: MailContent;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status!: 'pending' | 'sent' | 'dead';
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' }) nextAttemptAt!: Date;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

/** One results webhook call to a track endpoint, queued with the test's change and retried until delivered or dead. */
@Entity({ name: 'fulfillment_webhook_deliveries' })
export class WebhookDeliveryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'track_code', type: 'varchar', length: 40 }) trackCode!: string;
  @Column({ name: 'test_id', type: 'varchar', length: 20 }) testId!: string;
  @Column({ type: 'varchar', length: 30 }) event!: string;
  /** Database-assigned, so that a test's deliveries go out in the order their changes committed. */
  @Column({ type: 'bigint', insert: false, update: false }) @Generated('increment') sequence!: string;
  @Column({ type: 'text' }) data!: string;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status!: DeliveryStatus;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' }) nextAttemptAt!: Date;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  @Column({ name: 'last_status_code', type: 'integer', nullable: true }) lastStatusCode!: number | null;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

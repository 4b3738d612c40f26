import { Column, Entity, PrimaryColumn } from 'typeorm';

export type EventDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One event to one endpoint: retried on its schedule until delivered or failed for good. */
@Entity({ name: 'event_deliveries' })
export class EventDeliveryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'endpoint_id', type: 'uuid' }) endpointId!: string;
  @Column({ name: 'event_seq', type: 'bigint' }) eventSeq!: string;
  @Column({ name: 'resource_key', type: 'varchar', length: 200 }) resourceKey!: string;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status!: EventDeliveryStatus;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' }) nextAttemptAt!: Date;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  @Column({ name: 'last_status_code', type: 'integer', nullable: true }) lastStatusCode!: number | null;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

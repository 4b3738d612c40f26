import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Something that happened to a resource, as one organisation entitled to see it is told (one row each). */
@Entity({ name: 'events' })
export class EventEntity {
  /** Database-assigned; with `txid`, the feed's order. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) seq!: string;
  /** `evt_` and 32 hex digits: the feed's id, and the `webhook-id` of every delivery of it. */
  @Column({ type: 'varchar', length: 36, unique: true }) id!: string;
  /** The id of the transaction that wrote it (pg_current_xact_id(), written by EventOutbox). */
  @Column({ type: 'bigint' }) txid!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 60 }) type!: string;
  /** The resource it is about (`ielts.result:<TRF>`): deliveries about one resource go out in order. */
  @Column({ name: 'resource_key', type: 'varchar', length: 200 }) resourceKey!: string;
  /** The resource as its own API answers it. */
  @Column({ type: 'json' }) data!: Record<string, unknown>;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A client's Idempotency-Key: the hash of the first request and the response it got. */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'client_id', type: 'varchar', length: 100 }) clientId!: string;
  @PrimaryColumn({ type: 'varchar', length: 100 }) key!: string;
  @Column({ name: 'request_hash', type: 'varchar', length: 64 }) requestHash!: string;
  @Column({ name: 'response_status', type: 'integer' }) responseStatus!: number;
  @Column({ name: 'response_body', type: 'jsonb' }) responseBody!: unknown;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

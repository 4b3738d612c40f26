import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TestSource } from './product-code.entity.js';

/** One answered fulfilment request: which test ID went to whom, from the inventory or as a sale. */
@Entity({ name: 'fulfillment_fulfilments' })
export class FulfillmentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'client_id', type: 'varchar', length: 100 }) clientId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'api_key_id', type: 'varchar', length: 64 }) apiKeyId!: string;
  @Column({ name: 'product_code', type: 'varchar', length: 60 }) productCode!: string;
  @Column({ name: 'test_id', type: 'varchar', length: 20 }) testId!: string;
  @Column({ type: 'varchar', length: 10 }) source!: TestSource;
  @Column({ type: 'varchar', length: 254, nullable: true }) email!: string | null;
  @Column({ type: 'varchar', length: 254, nullable: true }) bcc!: string | null;
  @Column({ name: 'track_code', type: 'varchar', length: 40, nullable: true }) trackCode!: string | null;
  @Column({ type: 'integer', nullable: true }) sequence!: number | null;
  @Column({ name: 'mail_id', type: 'uuid', nullable: true }) mailId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Local Administrator's signing key for one product code; the secret is sealed (AES-GCM) at rest. */
@Entity({ name: 'fulfillment_api_keys' })
export class FulfillmentApiKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ name: 'client_id', type: 'varchar', length: 100 }) clientId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'product_code', type: 'varchar', length: 60 }) productCode!: string;
  @Column({ name: 'secret_sealed', type: 'text' }) secretSealed!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where an organisation's events are pushed. */
@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpointEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 2000 }) url!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) description!: string | null;
  /** Event types, or `*`. */
  @Column({ type: 'text', array: true }) events!: string[];
  @Column({ type: 'boolean', default: true }) enabled!: boolean;
  /** The `whsec_` signing secret, sealed (SecretBox). */
  @Column({ name: 'secret_sealed', type: 'text' }) secretSealed!: string;
  /** While rotating: the previous secret, which signs beside the new one until it expires. */
  @Column({ name: 'previous_secret_sealed', type: 'text', nullable: true }) previousSecretSealed!: string | null;
  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true }) previousSecretExpiresAt!: Date | null;
  /** The first failed attempt since the last delivered one. */
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true }) failingSince!: Date | null;
  @Column({ name: 'disabled_reason', type: 'varchar', length: 200, nullable: true }) disabledReason!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

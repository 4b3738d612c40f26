import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TrackAuthScheme = 'none' | 'basic' | 'bearer';

/** A customer's results webhook endpoint, registered by the provider under a tracking code. */
@Entity({ name: 'fulfillment_tracks' })
export class TrackEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) code!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 500 }) url!: string;
  @Column({ name: 'fire_on_finished', type: 'boolean', default: false }) fireOnFinished!: boolean;
  @Column({ name: 'auth_scheme', type: 'varchar', length: 10, default: 'none' }) authScheme!: TrackAuthScheme;
  /** The sealed Authorization header value sent to the endpoint, when the scheme is not `none`. */
  @Column({ name: 'auth_sealed', type: 'text', nullable: true }) authSealed!: string | null;
  @Column({ name: 'signing_secret_sealed', type: 'text' }) signingSecretSealed!: string;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

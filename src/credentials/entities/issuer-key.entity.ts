import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A key the issuer signs credentials with; a retired one still verifies what it signed. */
@Entity({ name: 'issuer_keys' })
export class IssuerKeyEntity {
  /** The public key's RFC 7638 thumbprint, the `kid` of what it signs. */
  @PrimaryColumn({ type: 'varchar', length: 64 }) kid!: string;
  @Column({ name: 'public_jwk', type: 'jsonb' }) publicJwk!: Record<string, string>;
  /** The private JWK, sealed (SecretBox). */
  @Column({ name: 'private_jwk_sealed', type: 'text' }) privateJwkSealed!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
  /** Set when another key took over signing. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt!: Date | null;
}

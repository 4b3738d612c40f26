import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A nonce seen on a signed request; a second request with it is a replay. Purged after the window. */
@Entity({ name: 'fulfillment_signature_nonces' })
export class SignatureNonceEntity {
  @PrimaryColumn({ name: 'key_id', type: 'varchar', length: 64 }) keyId!: string;
  @PrimaryColumn({ type: 'varchar', length: 64 }) nonce!: string;
  @Column({ name: 'seen_at', type: 'timestamptz', default: () => 'now()' }) seenAt!: Date;
}

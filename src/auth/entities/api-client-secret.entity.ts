import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A client may hold two live secrets while it rotates: the new one, and the old one until it expires. */
@Entity({ name: 'api_client_secrets' })
export class ApiClientSecretEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'client_id', type: 'varchar', length: 100 })
  clientId!: string;

  @Column({ name: 'secret_hash', type: 'bytea' })
  secretHash!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A revocation status list: one bit per credential, the first bit the left-most of the first byte. */
@Entity({ name: 'credential_status_lists' })
export class StatusListEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) id!: string;
  /** Bits in the list (131,072: the specification's minimum, for group privacy). */
  @Column({ type: 'integer' }) size!: number;
  @Column({ type: 'bytea' }) bits!: Buffer;
  /** Indexes given out; a new list is started when three quarters are. */
  @Column({ type: 'integer', default: 0 }) allocated!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) updatedAt!: Date;
}

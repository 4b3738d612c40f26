import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A credential as issued (the signed JWT), and where its revocation bit is. */
@Entity({ name: 'issued_credentials' })
export class IssuedCredentialEntity {
  /** The credential's id (`urn:uuid:<id>`). */
  @PrimaryColumn('uuid') id!: string;
  /** The result it states (`ielts.result:<TRF>`, `results.result:<…>`): one active credential each. */
  @Column({ name: 'subject_key', type: 'varchar', length: 200 }) subjectKey!: string;
  @Column({ type: 'text' }) jwt!: string;
  @Column({ name: 'status_list_id', type: 'varchar', length: 40 }) statusListId!: string;
  @Column({ name: 'status_index', type: 'integer' }) statusIndex!: number;
  @Column({ name: 'issued_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) issuedAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'revoked_reason', type: 'varchar', length: 100, nullable: true }) revokedReason!: string | null;
}

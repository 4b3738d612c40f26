import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A result shared by its candidate with a Recognising Organisation. */
@Entity({ name: 'ielts_result_shares' })
export class IeltsResultShareEntity {
  @PrimaryColumn({ name: 'result_id', type: 'uuid' }) resultId!: string;
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'trf_number', type: 'varchar', length: 18 }) trfNumber!: string;
  @Column({ name: 'shared_at', type: 'timestamptz' }) sharedAt!: Date;
  /** Shared, or changed after sharing (remark, correction, cancellation): what date-range polls filter on. */
  @Column({ name: 'last_modified_at', type: 'timestamptz' }) lastModifiedAt!: Date;
}

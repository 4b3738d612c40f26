import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A qualification of a business stream and the qualification group it belongs to. */
@Entity({ name: 'results_qualifications' })
export class QualificationEntity {
  @PrimaryColumn({ name: 'business_stream_id', type: 'varchar', length: 2 }) businessStreamId!: string;
  @PrimaryColumn({ name: 'qualification_id', type: 'varchar', length: 20 }) qualificationId!: string;
  @Column({ name: 'qualification_group_id', type: 'varchar', length: 6 }) qualificationGroupId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An issue date (per centre: the centre-wise embargo) or a release date (per assessment) of a session. */
@Entity({ name: 'results_result_dates' })
export class ResultDateEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'business_stream_id', type: 'varchar', length: 2 }) businessStreamId!: string;
  @Column({ name: 'session_id', type: 'varchar', length: 6 }) sessionId!: string;
  @Column({ name: 'result_date_type', type: 'varchar', length: 10 }) resultDateType!: 'issue' | 'release';
  @Column({ name: 'centre_id', type: 'varchar', length: 6, nullable: true }) centreId!: string | null;
  @Column({ name: 'assessment_code', type: 'varchar', length: 6 }) assessmentCode!: string;
  @Column({ type: 'timestamptz' }) date!: Date;
  @Column({ name: 'embargo_until', type: 'timestamptz', nullable: true }) embargoUntil!: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An exam session (series) of a business stream, with its result status. */
@Entity({ name: 'results_sessions' })
export class ResultsSessionEntity {
  @PrimaryColumn({ name: 'business_stream_id', type: 'varchar', length: 2 }) businessStreamId!: string;
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 6 }) sessionId!: string;
  @Column({ name: 'session_name', type: 'varchar', length: 100 }) sessionName!: string;
  @Column({ name: 'result_status', type: 'varchar', length: 20 }) resultStatus!: string;
  @Column({ name: 'release_date', type: 'timestamptz', nullable: true }) releaseDate!: Date | null;
}

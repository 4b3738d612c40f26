import { PrimaryColumn } from 'typeorm';

/** The key columns every candidate-level Results row shares; identifiers keep their leading zeros. */
export abstract class ResultsCandidateKey {
  @PrimaryColumn({ name: 'business_stream_id', type: 'varchar', length: 2 }) businessStreamId!: string;
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 6 }) sessionId!: string;
  @PrimaryColumn({ name: 'centre_id', type: 'varchar', length: 6 }) centreId!: string;
  @PrimaryColumn({ name: 'candidate_number', type: 'varchar', length: 6 }) candidateNumber!: string;
  @PrimaryColumn({ name: 'assessment_code', type: 'varchar', length: 6 }) assessmentCode!: string;
}

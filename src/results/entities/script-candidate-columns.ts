import { Column } from 'typeorm';

/** The candidate and component a script page or a script request is for (plain columns, not a key). */
export abstract class ScriptCandidateColumns {
  @Column({ name: 'business_stream_id', type: 'varchar', length: 2 }) businessStreamId!: string;
  @Column({ name: 'session_id', type: 'varchar', length: 6 }) sessionId!: string;
  @Column({ name: 'centre_id', type: 'varchar', length: 6 }) centreId!: string;
  @Column({ name: 'candidate_number', type: 'varchar', length: 6 }) candidateNumber!: string;
  @Column({ name: 'assessment_code', type: 'varchar', length: 6 }) assessmentCode!: string;
  @Column({ name: 'component_id', type: 'varchar', length: 3 }) componentId!: string;
}

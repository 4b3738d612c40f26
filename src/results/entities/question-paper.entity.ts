import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The question paper of an assessment version's component in a session. */
@Entity({ name: 'results_question_papers' })
export class QuestionPaperEntity {
  @PrimaryColumn({ name: 'business_stream_id', type: 'varchar', length: 2 }) businessStreamId!: string;
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 6 }) sessionId!: string;
  @PrimaryColumn({ name: 'assessment_code', type: 'varchar', length: 6 }) assessmentCode!: string;
  @PrimaryColumn({ name: 'assessment_version', type: 'varchar', length: 3 }) assessmentVersion!: string;
  @PrimaryColumn({ name: 'component_id', type: 'varchar', length: 3 }) componentId!: string;
  @Column({ name: 'qp_identifier', type: 'varchar', length: 60 }) qpIdentifier!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
}

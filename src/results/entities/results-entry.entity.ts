import { Column, Entity } from 'typeorm';
import { ResultsCandidateKey } from './results-candidate-key.js';

export interface ComponentResult {
  componentId: string;
  mark: number | null;
  maxMark: number | null;
  grade: string | null;
}

/** A candidate's entry for an assessment: the assessment grade and its components' marks and grades. */
@Entity({ name: 'results_entries' })
export class ResultsEntryEntity extends ResultsCandidateKey {
  @Column({ name: 'candidate_name', type: 'varchar', length: 200 }) candidateName!: string;
  @Column({ name: 'qualification_id', type: 'varchar', length: 20 }) qualificationId!: string;
  @Column({ type: 'varchar', length: 5, nullable: true }) grade!: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) components!: ComponentResult[];
}

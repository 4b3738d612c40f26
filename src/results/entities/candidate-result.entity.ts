import { Column, Entity } from 'typeorm';
import { ResultsCandidateKey } from './results-candidate-key.js';

/** A candidate's result for an assessment in a session, and whether it has been issued. */
@Entity({ name: 'results_candidate_results' })
export class CandidateResultEntity extends ResultsCandidateKey {
  @Column({ name: 'result_status', type: 'varchar', length: 20 }) resultStatus!: string;
  @Column({ type: 'varchar', length: 5, nullable: true }) grade!: string | null;
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true }) issuedAt!: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ResultsCandidateKey } from './results-candidate-key.js';

export interface EnquiryStatusChange {
  status: string;
  at: string;
}

/** An enquiry about results for one component, with the history of its statuses. */
@Entity({ name: 'results_enquiries' })
export class ResultEnquiryEntity extends ResultsCandidateKey {
  @PrimaryColumn({ name: 'component_id', type: 'varchar', length: 3 }) componentId!: string;
  @PrimaryColumn({ name: 'enquiry_reference', type: 'varchar', length: 40 }) enquiryReference!: string;
  @Column({ name: 'service_type', type: 'varchar', length: 20 }) serviceType!: string;
  @Column({ type: 'varchar', length: 20 }) status!: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) history!: EnquiryStatusChange[];
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt!: Date;
}

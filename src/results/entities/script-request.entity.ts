import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A customer directive: an ATS asked for a candidate's component scripts. */
@Entity({ name: 'results_script_requests' })
export class ScriptRequestEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'client_id', type: 'varchar', length: 100 }) clientId!: string;
  @Column({ name: 'business_stream_id', type: 'varchar', length: 2 }) businessStreamId!: string;
  @Column({ name: 'session_id', type: 'varchar', length: 6 }) sessionId!: string;
  @Column({ name: 'centre_id', type: 'varchar', length: 6 }) centreId!: string;
  @Column({ name: 'candidate_number', type: 'varchar', length: 6 }) candidateNumber!: string;
  @Column({ name: 'assessment_code', type: 'varchar', length: 6 }) assessmentCode!: string;
  @Column({ name: 'component_id', type: 'varchar', length: 3 }) componentId!: string;
  @Column({ type: 'varchar', length: 20 }) status!: 'Fulfilled' | 'Pending';
  @Column({ name: 'doc_store_page_ids', type: 'uuid', array: true }) docStorePageIds!: string[];
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

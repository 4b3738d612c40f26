import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ScriptCandidateColumns } from './script-candidate-columns.js';

/** A customer directive: an ATS asked for a candidate's component scripts. */
@Entity({ name: 'results_script_requests' })
export class ScriptRequestEntity extends ScriptCandidateColumns {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'client_id', type: 'varchar', length: 100 }) clientId!: string;
  @Column({ type: 'varchar', length: 20 }) status!: 'Fulfilled' | 'Pending';
  @Column({ name: 'doc_store_page_ids', type: 'uuid', array: true }) docStorePageIds!: string[];
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ScriptCandidateColumns } from './script-candidate-columns.js';

/** One page of a candidate's marked script: the PDF bytes and their SHA-256 (the ETag). */
@Entity({ name: 'results_script_documents' })
export class ScriptDocumentEntity extends ScriptCandidateColumns {
  @PrimaryColumn({ name: 'doc_store_page_id', type: 'uuid' }) docStorePageId!: string;
  @Column({ name: 'page_number', type: 'integer' }) pageNumber!: number;
  @Column({ type: 'bytea' }) pdf!: Buffer;
  @Column({ type: 'varchar', length: 64 }) sha256!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

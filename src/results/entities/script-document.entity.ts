import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One page of a candidate's marked script: the PDF bytes and their SHA-256 (the ETag). */
@Entity({ name: 'results_script_documents' })
export class ScriptDocumentEntity {
  @PrimaryColumn({ name: 'doc_store_page_id', type: 'uuid' }) docStorePageId!: string;
  @Column({ name: 'business_stream_id', type: 'varchar', length: 2 }) businessStreamId!: string;
  @Column({ name: 'session_id', type: 'varchar', length: 6 }) sessionId!: string;
  @Column({ name: 'centre_id', type: 'varchar', length: 6 }) centreId!: string;
  @Column({ name: 'candidate_number', type: 'varchar', length: 6 }) candidateNumber!: string;
  @Column({ name: 'assessment_code', type: 'varchar', length: 6 }) assessmentCode!: string;
  @Column({ name: 'component_id', type: 'varchar', length: 3 }) componentId!: string;
  @Column({ name: 'page_number', type: 'integer' }) pageNumber!: number;
  @Column({ type: 'bytea' }) pdf!: Buffer;
  @Column({ type: 'varchar', length: 64 }) sha256!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

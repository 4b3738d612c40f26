import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Script documents and script requests (ATS), and the idempotency keys of POST operations. */
export class ResultsScripts1764000005000 implements MigrationInterface {
  name = 'ResultsScripts1764000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE results_script_documents (
        doc_store_page_id uuid PRIMARY KEY,
        business_stream_id varchar(2) NOT NULL,
        session_id varchar(6) NOT NULL,
        centre_id varchar(6) NOT NULL,
        candidate_number varchar(6) NOT NULL,
        assessment_code varchar(6) NOT NULL,
        component_id varchar(3) NOT NULL,
        page_number integer NOT NULL,
        pdf bytea NOT NULL,
        sha256 varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX results_script_documents_candidate ON results_script_documents
      (business_stream_id, session_id, centre_id, candidate_number, assessment_code, component_id, page_number)`);
    await q.query(`
      CREATE TABLE results_script_requests (
        id uuid PRIMARY KEY,
        client_id varchar(100) NOT NULL,
        business_stream_id varchar(2) NOT NULL,
        session_id varchar(6) NOT NULL,
        centre_id varchar(6) NOT NULL,
        candidate_number varchar(6) NOT NULL,
        assessment_code varchar(6) NOT NULL,
        component_id varchar(3) NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('Fulfilled', 'Pending')),
        doc_store_page_ids uuid[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE idempotency_keys (
        client_id varchar(100) NOT NULL,
        key varchar(100) NOT NULL,
        request_hash varchar(64) NOT NULL,
        response_status integer NOT NULL,
        response_body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (client_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE idempotency_keys');
    await q.query('DROP TABLE results_script_requests');
    await q.query('DROP TABLE results_script_documents');
  }
}

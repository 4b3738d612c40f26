import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verifiable result credentials: the issuer's signing keys (private halves sealed), the revocation
 * status lists (one bit per credential, W3C Bitstring Status List), and the credentials issued, one
 * active per result at a time.
 */
export class Credentials1764000013000 implements MigrationInterface {
  name = 'Credentials1764000013000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE issuer_keys (
        kid varchar(64) PRIMARY KEY,
        public_jwk jsonb NOT NULL,
        private_jwk_sealed text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        retired_at timestamptz
      )`);
    await q.query('CREATE UNIQUE INDEX issuer_keys_one_current ON issuer_keys ((true)) WHERE retired_at IS NULL');
    await q.query(`
      CREATE TABLE credential_status_lists (
        id varchar(40) PRIMARY KEY,
        size integer NOT NULL,
        bits bytea NOT NULL,
        allocated integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`
      CREATE TABLE issued_credentials (
        id uuid PRIMARY KEY,
        subject_key varchar(200) NOT NULL,
        jwt text NOT NULL,
        status_list_id varchar(40) NOT NULL REFERENCES credential_status_lists(id),
        status_index integer NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        revoked_at timestamptz,
        revoked_reason varchar(100),
        UNIQUE (status_list_id, status_index)
      )`);
    // One active credential per result: a change revokes it, and the next request issues another.
    await q.query('CREATE UNIQUE INDEX issued_credentials_active ON issued_credentials (subject_key) WHERE revoked_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE issued_credentials');
    await q.query('DROP TABLE credential_status_lists');
    await q.query('DROP TABLE issuer_keys');
  }
}

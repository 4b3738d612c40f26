import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, API clients with rotating secrets, access tokens and the daily quota ledger. */
export class PlatformAuth1764000000000 implements MigrationInterface {
  name = 'PlatformAuth1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY,
        code varchar(40) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        kind varchar(40) NOT NULL CHECK (kind IN ('recognising_organisation', 'centre', 'local_administrator', 'exam_board')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE api_clients (
        client_id varchar(100) PRIMARY KEY,
        display_name varchar(200) NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        scopes text[] NOT NULL,
        daily_quota integer NOT NULL CHECK (daily_quota > 0),
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE api_client_secrets (
        id uuid PRIMARY KEY,
        client_id varchar(100) NOT NULL REFERENCES api_clients(client_id) ON DELETE CASCADE,
        secret_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz
      )`);
    await q.query('CREATE INDEX api_client_secrets_client ON api_client_secrets (client_id)');
    await q.query(`
      CREATE TABLE access_tokens (
        token_hash bytea PRIMARY KEY,
        client_id varchar(100) NOT NULL REFERENCES api_clients(client_id) ON DELETE CASCADE,
        scopes text[] NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query('CREATE INDEX access_tokens_expiry ON access_tokens (expires_at)');
    await q.query(`
      CREATE TABLE client_quota_usage (
        client_id varchar(100) NOT NULL REFERENCES api_clients(client_id) ON DELETE CASCADE,
        day date NOT NULL,
        used integer NOT NULL DEFAULT 0 CHECK (used >= 0),
        PRIMARY KEY (client_id, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['client_quota_usage', 'access_tokens', 'api_client_secrets', 'api_clients', 'organisations']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

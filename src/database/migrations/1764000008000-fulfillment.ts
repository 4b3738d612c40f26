import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fulfillment: product codes, signing keys and their nonces, the test-ID inventory, fulfilments,
 * track endpoints and their webhook deliveries; and the platform's mail outbox.
 */
export class Fulfillment1764000008000 implements MigrationInterface {
  name = 'Fulfillment1764000008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fulfillment_product_codes (
        code varchar(60) PRIMARY KEY,
        test_type varchar(60) NOT NULL,
        source varchar(10) NOT NULL DEFAULT 'inventory' CHECK (source IN ('inventory', 'sale')),
        instructions text NOT NULL,
        test_url varchar(500) NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE fulfillment_api_keys (
        id varchar(64) PRIMARY KEY,
        client_id varchar(100) NOT NULL REFERENCES api_clients(client_id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        product_code varchar(60) NOT NULL REFERENCES fulfillment_product_codes(code),
        secret_sealed text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query('CREATE INDEX fulfillment_api_keys_client ON fulfillment_api_keys (client_id, created_at DESC)');
    await q.query(`
      CREATE TABLE fulfillment_signature_nonces (
        key_id varchar(64) NOT NULL,
        nonce varchar(64) NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (key_id, nonce)
      )`);
    await q.query('CREATE INDEX fulfillment_signature_nonces_seen ON fulfillment_signature_nonces (seen_at)');
    await q.query(`
      CREATE TABLE fulfillment_tracks (
        code varchar(40) PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        url varchar(500) NOT NULL,
        fire_on_finished boolean NOT NULL DEFAULT false,
        auth_scheme varchar(10) NOT NULL DEFAULT 'none' CHECK (auth_scheme IN ('none', 'basic', 'bearer')),
        auth_sealed text,
        signing_secret_sealed text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE fulfillment_tests (
        test_id varchar(20) PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        test_type varchar(60) NOT NULL,
        password varchar(32) NOT NULL,
        status varchar(30) NOT NULL DEFAULT 'Ready',
        source varchar(10) NOT NULL DEFAULT 'inventory' CHECK (source IN ('inventory', 'sale')),
        assigned_to jsonb,
        registration jsonb,
        track_code varchar(40) REFERENCES fulfillment_tracks(code),
        product_code varchar(60),
        assigned_at timestamptz,
        expires_on date,
        test_date date,
        duration_minutes integer,
        scores jsonb,
        recycled_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The allocation query: the oldest available test of a type in one organisation's inventory.
    await q.query(`CREATE INDEX fulfillment_tests_available ON fulfillment_tests (organisation_id, test_type, created_at, test_id)
      WHERE status = 'Ready' AND assigned_to IS NULL`);
    await q.query('CREATE INDEX fulfillment_tests_inventory ON fulfillment_tests (organisation_id, updated_at DESC, test_id)');
    await q.query(`CREATE INDEX fulfillment_tests_expiring ON fulfillment_tests (expires_on) WHERE status = 'Ready' AND assigned_to IS NOT NULL`);
    await q.query(`
      CREATE TABLE fulfillment_fulfilments (
        id uuid PRIMARY KEY,
        client_id varchar(100) NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        api_key_id varchar(64) NOT NULL,
        product_code varchar(60) NOT NULL,
        test_id varchar(20) NOT NULL REFERENCES fulfillment_tests(test_id),
        source varchar(10) NOT NULL CHECK (source IN ('inventory', 'sale')),
        email varchar(254),
        bcc varchar(254),
        track_code varchar(40),
        sequence integer,
        mail_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX fulfillment_fulfilments_test ON fulfillment_fulfilments (test_id)');
    await q.query(`
      CREATE TABLE fulfillment_webhook_deliveries (
        id uuid PRIMARY KEY,
        track_code varchar(40) NOT NULL REFERENCES fulfillment_tracks(code),
        test_id varchar(20) NOT NULL REFERENCES fulfillment_tests(test_id),
        event varchar(30) NOT NULL,
        sequence bigint GENERATED ALWAYS AS IDENTITY,
        data text NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        last_error text,
        last_status_code integer,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX fulfillment_webhook_deliveries_due ON fulfillment_webhook_deliveries (next_attempt_at) WHERE status = 'pending'`);
    await q.query('CREATE INDEX fulfillment_webhook_deliveries_test ON fulfillment_webhook_deliveries (test_id, sequence)');
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY,
        purpose varchar(60) NOT NULL,
        recipients jsonb NOT NULL,
        message jsonb NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'mail_outbox',
      'fulfillment_webhook_deliveries',
      'fulfillment_fulfilments',
      'fulfillment_tests',
      'fulfillment_tracks',
      'fulfillment_signature_nonces',
      'fulfillment_api_keys',
      'fulfillment_product_codes',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events for customers, their webhook endpoints and the deliveries to them.
 *
 * An event row is written in the transaction of the change it records, one per organisation
 * entitled to see the resource. `txid` is that transaction's id: the feed shows an event only once
 * every transaction older than the oldest still running has finished (`txid` below the snapshot's
 * xmin), and orders by (txid, seq), so that nothing can commit later behind a reader's cursor. `data`
 * is json, not jsonb, so that the resource keeps the member order its API writes.
 */
export class Events1764000012000 implements MigrationInterface {
  name = 'Events1764000012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id varchar(36) NOT NULL UNIQUE,
        txid bigint NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        type varchar(60) NOT NULL,
        resource_key varchar(200) NOT NULL,
        data json NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query('CREATE INDEX events_feed ON events (organisation_id, txid, seq)');
    await q.query('CREATE INDEX events_created ON events (created_at)');
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        url varchar(2000) NOT NULL,
        description varchar(500),
        events text[] NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        secret_sealed text NOT NULL,
        previous_secret_sealed text,
        previous_secret_expires_at timestamptz,
        failing_since timestamptz,
        disabled_reason varchar(200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX webhook_endpoints_organisation ON webhook_endpoints (organisation_id, created_at)');
    await q.query(`
      CREATE TABLE event_deliveries (
        id uuid PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        event_seq bigint NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
        resource_key varchar(200) NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        last_error text,
        last_status_code integer,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (endpoint_id, event_seq)
      )`);
    await q.query(`CREATE INDEX event_deliveries_due ON event_deliveries (next_attempt_at) WHERE status = 'pending'`);
    // The order within one resource: a delivery waits for the endpoint's earlier pending ones of it.
    await q.query(`CREATE INDEX event_deliveries_resource ON event_deliveries (endpoint_id, resource_key, event_seq) WHERE status = 'pending'`);
    await q.query('CREATE INDEX event_deliveries_endpoint ON event_deliveries (endpoint_id, created_at)');
    await q.query('CREATE INDEX event_deliveries_event ON event_deliveries (event_seq)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE event_deliveries');
    await q.query('DROP TABLE webhook_endpoints');
    await q.query('DROP TABLE events');
  }
}

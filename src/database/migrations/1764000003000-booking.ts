import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Venues, learners, assessment forms, events, registrations, accommodations and command history. */
export class Booking1764000003000 implements MigrationInterface {
  name = 'Booking1764000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE booking_venues (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        name varchar(200) NOT NULL
      )`);
    await q.query(`
      CREATE TABLE booking_learners (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        name varchar(200) NOT NULL,
        email varchar(200),
        code varchar(60)
      )`);
    await q.query(`
      CREATE TABLE booking_assessment_forms (
        code varchar(40) PRIMARY KEY,
        name varchar(200) NOT NULL,
        published boolean NOT NULL,
        bilingual boolean NOT NULL
      )`);
    await q.query(`
      CREATE TABLE booking_events (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        venue_id uuid NOT NULL REFERENCES booking_venues(id),
        start_at timestamptz NOT NULL,
        exam_type varchar(40) NOT NULL,
        exam_format varchar(40) NOT NULL,
        billing_code varchar(40) NOT NULL,
        registration_limit integer CHECK (registration_limit > 0),
        status varchar(20) NOT NULL DEFAULT 'Scheduled' CHECK (status IN ('Scheduled', 'Cancelled')),
        cancel_reason varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (venue_id, start_at)
      )`);
    await q.query('CREATE INDEX booking_events_org_start ON booking_events (organisation_id, start_at)');
    await q.query(`
      CREATE TABLE booking_registrations (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        event_id uuid NOT NULL REFERENCES booking_events(id),
        learner_id uuid NOT NULL REFERENCES booking_learners(id),
        learner_registrant_type varchar(40),
        assessment_code varchar(40) REFERENCES booking_assessment_forms(code),
        status varchar(20) NOT NULL DEFAULT 'Active' CHECK (status IN ('Active', 'Cancelled')),
        cancel_reason varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_change_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query("CREATE INDEX booking_registrations_event ON booking_registrations (event_id) WHERE status = 'Active'");
    await q.query('CREATE INDEX booking_registrations_org_change ON booking_registrations (organisation_id, last_change_at, id)');
    await q.query(`
      CREATE TABLE booking_accommodations (
        registration_id uuid NOT NULL REFERENCES booking_registrations(id) ON DELETE CASCADE,
        type varchar(60) NOT NULL,
        name varchar(200),
        time_extension integer,
        PRIMARY KEY (registration_id, type)
      )`);
    await q.query(`
      CREATE TABLE booking_registration_history (
        id bigserial PRIMARY KEY,
        registration_id uuid NOT NULL REFERENCES booking_registrations(id) ON DELETE CASCADE,
        command varchar(40) NOT NULL,
        reason varchar(500),
        details jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query('CREATE INDEX booking_registration_history_registration ON booking_registration_history (registration_id, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'booking_registration_history',
      'booking_accommodations',
      'booking_registrations',
      'booking_events',
      'booking_assessment_forms',
      'booking_learners',
      'booking_venues',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

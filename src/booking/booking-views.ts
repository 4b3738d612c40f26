import type { EntityManager } from 'typeorm';
import type { Event, Registration } from './generated/booking.dto.js';

// The rows of the statements below, as pg returns them (timestamps as Dates).
interface EventRow {
  id: string;
  start_at: Date;
  exam_type: Event['ExamType'];
  exam_format: Event['ExamFormat'];
  billing_code: Event['BillingCode'];
  registration_limit: number | null;
  status: Event['Status'];
  cancel_reason: string | null;
  venue_id: string;
  venue_name: string;
  organisation_code: string;
  active: number;
}
interface RegistrationRow {
  id: string;
  event_id: string;
  learner_registrant_type: Registration['LearnerRegistrantType'];
  status: Registration['Status'];
  cancel_reason: string | null;
  created_at: Date;
  last_change_at: Date;
  learner_id: string;
  learner_name: string;
  learner_email: string | null;
  learner_code: string | null;
  // Joined on the nullable assessment_code, but every registration is made with a form (findBookableForm).
  form_code: string;
  form_name: string;
  published: boolean;
  bilingual: boolean;
}
interface AccommodationRow {
  registration_id: string;
  type: Registration['Accommodations'][number]['Type'];
  name: string | null;
  time_extension: number | null;
}
interface HistoryRow {
  registration_id: string;
  command: Registration['History'][number]['Command'];
  reason: string | null;
  details: Registration['History'][number]['Details'];
  at: Date;
}

/** Events as the API shows them, in the order of `ids`. */
export async function eventViews(manager: EntityManager, ids: string[]): Promise<Event[]> {
  if (ids.length === 0) return [];
  const rows: EventRow[] = await manager.query(
    `SELECT e.id, e.start_at, e.exam_type, e.exam_format, e.billing_code, e.registration_limit, e.status, e.cancel_reason,
            v.id AS venue_id, v.name AS venue_name, o.code AS organisation_code,
            (SELECT count(*)::int FROM booking_registrations r WHERE r.event_id = e.id AND r.status = 'Active') AS active
       FROM booking_events e JOIN booking_venues v ON v.id = e.venue_id JOIN organisations o ON o.id = v.organisation_id
      WHERE e.id = ANY($1)`,
    [ids],
  );
  const byId = new Map<string, Event>(
    rows.map((row) => [
      row.id,
      {
        Identifier: row.id,
        Venue: { Identifier: row.venue_id, Name: row.venue_name, Organization: row.organisation_code },
        Start: row.start_at.toISOString(),
        ExamType: row.exam_type,
        ExamFormat: row.exam_format,
        BillingCode: row.billing_code,
        RegistrationLimit: row.registration_limit,
        RegistrationCount: row.active,
        Status: row.status,
        CancelReason: row.cancel_reason,
      },
    ]),
  );
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

/** Registrations as the API shows them, with their event, learner, form, accommodations and history. */
export async function registrationViews(manager: EntityManager, ids: string[]): Promise<Registration[]> {
  if (ids.length === 0) return [];
  const rows: RegistrationRow[] = await manager.query(
    `SELECT r.id, r.event_id, r.learner_registrant_type, r.status, r.cancel_reason, r.created_at, r.last_change_at,
            l.id AS learner_id, l.name AS learner_name, l.email AS learner_email, l.code AS learner_code,
            f.code AS form_code, f.name AS form_name, f.published, f.bilingual
       FROM booking_registrations r
       JOIN booking_learners l ON l.id = r.learner_id
       LEFT JOIN booking_assessment_forms f ON f.code = r.assessment_code
      WHERE r.id = ANY($1)`,
    [ids],
  );
  const events = new Map((await eventViews(manager, [...new Set<string>(rows.map((row) => row.event_id))])).map((e) => [e.Identifier, e]));
  const accommodations: AccommodationRow[] = await manager.query(
    'SELECT registration_id, type, name, time_extension FROM booking_accommodations WHERE registration_id = ANY($1) ORDER BY type',
    [ids],
  );
  const history: HistoryRow[] = await manager.query(
    'SELECT registration_id, command, reason, details, at FROM booking_registration_history WHERE registration_id = ANY($1) ORDER BY id',
    [ids],
  );
  const byId = new Map<string, Registration>(
    rows.map((row) => [
      row.id,
      {
        Identifier: row.id,
        Event: events.get(row.event_id)!,
        Learner: { Identifier: row.learner_id, Name: row.learner_name, Email: row.learner_email, Code: row.learner_code },
        LearnerRegistrantType: row.learner_registrant_type,
        Assessment: { Code: row.form_code, Name: row.form_name, Published: row.published, Bilingual: row.bilingual },
        Accommodations: accommodations
          .filter((a) => a.registration_id === row.id)
          .map((a) => ({ Type: a.type, Name: a.name, TimeExtension: a.time_extension })),
        Status: row.status,
        CancelReason: row.cancel_reason,
        Created: row.created_at.toISOString(),
        LastChangeTime: row.last_change_at.toISOString(),
        History: history
          .filter((h) => h.registration_id === row.id)
          .map((h) => ({ Command: h.command, Reason: h.reason, Time: h.at.toISOString(), Details: h.details })),
      },
    ]),
  );
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

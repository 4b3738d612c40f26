/**
 * Select lists that read the module's rows into the shapes of their entities (camel-case names). The
 * booking module reaches its tables through SQL only; the entities describe the tables (checked
 * against the migrations) and type these rows.
 */
export const EVENT_COLUMNS = `id, organisation_id AS "organisationId", venue_id AS "venueId", start_at AS "startAt", exam_type AS "examType",
  exam_format AS "examFormat", billing_code AS "billingCode", registration_limit AS "registrationLimit", status, cancel_reason AS "cancelReason",
  created_at AS "createdAt"`;

export const REGISTRATION_COLUMNS = `id, organisation_id AS "organisationId", event_id AS "eventId", learner_id AS "learnerId",
  learner_registrant_type AS "learnerRegistrantType", assessment_code AS "assessmentCode", status, cancel_reason AS "cancelReason",
  created_at AS "createdAt", last_change_at AS "lastChangeAt"`;

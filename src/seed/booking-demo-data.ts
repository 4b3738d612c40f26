import type { EntityManager } from 'typeorm';

/** Fixed identifiers, listed in the README, so the Booking commands can be tried as written. */
export const DEMO_BOOKING = {
  venues: [
    { id: '00000000-0000-4000-8000-00000000b001', name: 'Demo International School, Main Hall' },
    { id: '00000000-0000-4000-8000-00000000b002', name: 'Demo International School, Computer Lab' },
  ],
  learners: [
    { id: '00000000-0000-4000-8000-00000000c001', name: 'Amira Hassan', email: 'amira.hassan@example.org', code: 'L-1001' },
    { id: '00000000-0000-4000-8000-00000000c002', name: 'Jonas Muller', email: 'jonas.muller@example.org', code: 'L-1002' },
    { id: '00000000-0000-4000-8000-00000000c003', name: 'Yuki Tanaka', email: 'yuki.tanaka@example.org', code: 'L-1003' },
  ],
  classes: [{ id: '00000000-0000-4000-8000-00000000d001', name: 'Year 12 English' }],
  // What the contract's examples act on, one resource per destructive example so that they can be
  // tried in any order: an event with registrations to read and change, to cancel and to delete, and
  // an event to cancel.
  events: [
    { id: '00000000-0000-4000-8000-00000000e701', venueId: '00000000-0000-4000-8000-00000000b001', start: '2027-03-15T09:00:00Z' },
    { id: '00000000-0000-4000-8000-00000000e702', venueId: '00000000-0000-4000-8000-00000000b002', start: '2027-03-22T09:00:00Z' },
  ],
  registrations: [
    { id: '00000000-0000-4000-8000-00000000f001', learnerId: '00000000-0000-4000-8000-00000000c002' },
    { id: '00000000-0000-4000-8000-00000000f002', learnerId: '00000000-0000-4000-8000-00000000c003' },
    { id: '00000000-0000-4000-8000-00000000f003', learnerId: '00000000-0000-4000-8000-00000000c001' },
  ],
  forms: [
    { code: 'IELTS-AC-2027A', name: 'IELTS Academic, form 2027A', published: true, bilingual: false },
    { code: 'IELTS-AC-2027B', name: 'IELTS Academic, form 2027B', published: true, bilingual: false },
    { code: 'IELTS-GT-2027A', name: 'IELTS General Training, form 2027A', published: true, bilingual: false },
    { code: 'IELTS-AC-BIL', name: 'IELTS Academic, bilingual pilot', published: true, bilingual: true },
    { code: 'IELTS-AC-DRAFT', name: 'IELTS Academic, unpublished draft', published: false, bilingual: false },
  ],
};

export async function seedBookingDemoData(manager: EntityManager, centreId: string): Promise<void> {
  for (const venue of DEMO_BOOKING.venues) {
    await manager.query('INSERT INTO booking_venues (id, organisation_id, name) VALUES ($1, $2, $3)', [venue.id, centreId, venue.name]);
  }
  for (const learner of DEMO_BOOKING.learners) {
    await manager.query('INSERT INTO booking_learners (id, organisation_id, name, email, code) VALUES ($1, $2, $3, $4, $5)', [
      learner.id,
      centreId,
      learner.name,
      learner.email,
      learner.code,
    ]);
  }
  for (const group of DEMO_BOOKING.classes) {
    await manager.query('INSERT INTO booking_classes (id, organisation_id, name) VALUES ($1, $2, $3)', [group.id, centreId, group.name]);
    for (const learner of DEMO_BOOKING.learners)
      await manager.query('INSERT INTO booking_class_learners (class_id, learner_id) VALUES ($1, $2)', [group.id, learner.id]);
  }
  for (const form of DEMO_BOOKING.forms) {
    await manager.query('INSERT INTO booking_assessment_forms (code, name, published, bilingual) VALUES ($1, $2, $3, $4)', [
      form.code,
      form.name,
      form.published,
      form.bilingual,
    ]);
  }
  for (const event of DEMO_BOOKING.events) {
    await manager.query(
      "INSERT INTO booking_events (id, organisation_id, venue_id, start_at, exam_type, exam_format, billing_code, registration_limit) VALUES ($1, $2, $3, $4, 'Academic', 'Paper', 'Standard', 30)",
      [event.id, centreId, event.venueId, event.start],
    );
  }
  for (const registration of DEMO_BOOKING.registrations) {
    await manager.query(
      "INSERT INTO booking_registrations (id, organisation_id, event_id, learner_id, assessment_code) VALUES ($1, $2, $3, $4, 'IELTS-AC-2027A')",
      [registration.id, centreId, DEMO_BOOKING.events[0].id, registration.learnerId],
    );
    await manager.query("INSERT INTO booking_registration_history (registration_id, command, details) VALUES ($1, 'register-lax', '{}')", [registration.id]);
  }
  const [withExtraTime] = DEMO_BOOKING.registrations;
  await manager.query("INSERT INTO booking_accommodations (registration_id, type, name, time_extension) VALUES ($1, 'ExtraTime', '25% extra time', 40)", [
    withExtraTime.id,
  ]);
  await manager.query(
    'INSERT INTO booking_registration_history (registration_id, command, details) VALUES ($1, \'grant-accommodation\', \'{"type": "ExtraTime", "name": "25% extra time", "timeExtension": 40}\')',
    [withExtraTime.id],
  );
}

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import type { BookingAssessmentFormEntity } from './entities/booking-assessment-form.entity.js';
import type { BookingEventEntity } from './entities/booking-event.entity.js';
import type { BookingLearnerEntity } from './entities/booking-learner.entity.js';
import type { BookingRegistrationEntity } from './entities/booking-registration.entity.js';
import { REGISTRATION_COLUMNS } from './booking-columns.js';
import type { AccommodationRequest, RegisterLaxRequest, Registration, TransferLaxRequest } from './generated/booking.dto.js';
import { MESSAGES, bookingError, registrationNotFound } from './booking-rules.js';
import { registrationViews } from './booking-views.js';
import { EventSchedulingService } from './event-scheduling.service.js';
import { EventOutbox } from '../events/event-outbox.service.js';
import type { EventType } from '../events/event-types.js';

/** The registration commands of one organisation; each is one transaction and leaves a history entry. */
@Injectable()
export class RegistrationCommandsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventSchedulingService,
    private readonly outbox: EventOutbox,
  ) {}

  async registerLax(
    organisationId: string,
    registrationId: string,
    request: RegisterLaxRequest,
  ): Promise<{ registration: Registration; eventCreated: boolean }> {
    return this.dataSource
      .transaction(async (manager) => {
        const [exists] = await manager.query('SELECT 1 FROM booking_registrations WHERE id = $1', [registrationId]);
        if (exists) throw bookingError(MESSAGES.registrationExists, 'registration', registrationId);
        for (const accommodation of request.Accommodations ?? []) {
          if (!accommodation.Type?.trim()) throw bookingError(MESSAGES.accommodationTypeEmpty, 'Accommodations.Type');
        }
        const learner = await findLearner(manager, organisationId, request.Learner);
        const form = await findBookableForm(manager, request.Assessment);
        const { event, created } = await this.events.findOrCreateForLax(manager, organisationId, {
          venueId: request.EventVenue,
          start: request.EventStart,
          examType: request.EventExamType,
          examFormat: request.EventExamFormat,
          billingCode: request.EventBillingCode,
        });
        await assertSeatAvailable(manager, event);
        await manager.query(
          'INSERT INTO booking_registrations (id, organisation_id, event_id, learner_id, learner_registrant_type, assessment_code) VALUES ($1, $2, $3, $4, $5, $6)',
          [registrationId, organisationId, event.id, learner.id, request.LearnerRegistrantType ?? null, form.code],
        );
        for (const accommodation of request.Accommodations ?? []) await upsertAccommodation(manager, registrationId, accommodation);
        await record(manager, registrationId, 'register-lax', null, { event: event.id, eventCreated: created, assessment: form.code });
        const registration = (await registrationViews(manager, [registrationId]))[0];
        await this.announce(manager, organisationId, 'booking.registration.created', registration);
        return { registration, eventCreated: created };
      })
      .catch((error) => {
        // Two calls with one new identifier: the second meets the first's primary key.
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505')
          throw bookingError(MESSAGES.registrationExists, 'registration', registrationId);
        throw error;
      });
  }

  async transferLax(organisationId: string, registrationId: string, request: TransferLaxRequest): Promise<Registration> {
    return this.inRegistration(organisationId, registrationId, async (manager, registration) => {
      if (!registration.assessmentCode) throw bookingError(MESSAGES.noAssessmentForm, 'registration');
      const learner = await findLearner(manager, organisationId, request.Learner);
      if (learner.id !== registration.learnerId) throw bookingError(MESSAGES.learnerNotInRegistration, 'Learner', request.Learner);
      const [current]: Array<Pick<BookingEventEntity, 'examFormat' | 'billingCode'>> = await manager.query(
        'SELECT exam_format AS "examFormat", billing_code AS "billingCode" FROM booking_events WHERE id = $1',
        [registration.eventId],
      );
      const { event, created } = await this.events.findOrCreateForLax(manager, organisationId, {
        venueId: request.EventVenue,
        start: request.EventStart,
        examType: request.EventExamType,
        examFormat: current.examFormat,
        billingCode: current.billingCode,
      });
      if (event.id === registration.eventId) throw bookingError(MESSAGES.alreadyAssignedToEvent, 'EventStart', request.EventStart);
      if (registration.status === 'Active') await assertSeatAvailable(manager, event);
      await manager.query('UPDATE booking_registrations SET event_id = $2, last_change_at = clock_timestamp() WHERE id = $1', [registrationId, event.id]);
      await record(manager, registrationId, 'transfer-lax', request.Reason ?? null, { from: registration.eventId, to: event.id, eventCreated: created });
      return 'booking.registration.transferred';
    });
  }

  async cancel(organisationId: string, registrationId: string, reason: string | undefined): Promise<Registration> {
    return this.inRegistration(organisationId, registrationId, async (manager, registration) => {
      if (registration.status === 'Cancelled') return;
      await manager.query(`UPDATE booking_registrations SET status = 'Cancelled', cancel_reason = $2, last_change_at = clock_timestamp() WHERE id = $1`, [
        registrationId,
        reason ?? null,
      ]);
      await record(manager, registrationId, 'cancel', reason ?? null, {});
      return 'booking.registration.cancelled';
    });
  }

  async changeAssessment(organisationId: string, registrationId: string, code: string | undefined): Promise<Registration> {
    return this.inRegistration(organisationId, registrationId, async (manager, registration) => {
      const form = await findBookableForm(manager, code);
      if (form.code === registration.assessmentCode) throw bookingError(MESSAGES.assessmentAlreadyAssigned, 'Assessment', code);
      await manager.query('UPDATE booking_registrations SET assessment_code = $2, last_change_at = clock_timestamp() WHERE id = $1', [
        registrationId,
        form.code,
      ]);
      await record(manager, registrationId, 'change-assessment', null, { from: registration.assessmentCode, to: form.code });
    });
  }

  async grantAccommodation(organisationId: string, registrationId: string, accommodation: AccommodationRequest): Promise<Registration> {
    return this.inRegistration(organisationId, registrationId, async (manager) => {
      if (!accommodation.Type?.trim()) throw bookingError(MESSAGES.accommodationTypeEmpty, 'Type');
      await upsertAccommodation(manager, registrationId, accommodation);
      await touch(manager, registrationId);
      await record(manager, registrationId, 'grant-accommodation', null, {
        type: accommodation.Type,
        name: accommodation.Name ?? null,
        timeExtension: accommodation.TimeExtension ?? null,
      });
    });
  }

  async revokeAccommodation(organisationId: string, registrationId: string, type: string | undefined): Promise<void> {
    await this.inRegistration(organisationId, registrationId, async (manager) => {
      if (!type?.trim()) throw bookingError(MESSAGES.accommodationTypeEmpty, 'Type');
      // TypeORM answers a DELETE as [rows, count].
      const [, removed]: [unknown[], number] = await manager.query('DELETE FROM booking_accommodations WHERE registration_id = $1 AND type = $2', [
        registrationId,
        type,
      ]);
      if (!removed) throw bookingError(MESSAGES.accommodationNotFound, 'Type', type);
      await touch(manager, registrationId);
      await record(manager, registrationId, 'revoke-accommodation', null, { type });
    });
  }

  async delete(organisationId: string, registrationId: string): Promise<void> {
    const [, removed]: [unknown[], number] = await this.dataSource.query('DELETE FROM booking_registrations WHERE id = $1 AND organisation_id = $2', [
      registrationId,
      organisationId,
    ]);
    if (!removed) throw registrationNotFound();
  }

  /**
   * Locks the organisation's registration, runs the command, and answers the registration as it then
   * is; a command that answers an event type has it recorded for the centre, in the same transaction.
   */
  private inRegistration(
    organisationId: string,
    registrationId: string,
    command: (manager: EntityManager, registration: BookingRegistrationEntity) => Promise<EventType | void>,
  ): Promise<Registration> {
    return this.dataSource.transaction(async (manager) => {
      const [registration]: BookingRegistrationEntity[] = await manager.query(
        `SELECT ${REGISTRATION_COLUMNS} FROM booking_registrations WHERE id = $1 AND organisation_id = $2 FOR UPDATE`,
        [registrationId, organisationId],
      );
      if (!registration) throw registrationNotFound();
      const happened = await command(manager, registration);
      const changed = (await registrationViews(manager, [registrationId]))[0];
      if (happened) await this.announce(manager, organisationId, happened, changed);
      return changed;
    });
  }

  private announce(manager: EntityManager, organisationId: string, type: EventType, registration: Registration): Promise<void> {
    return this.outbox.record(manager, { organisationId, type, resourceKey: `booking.registration:${registration.Identifier}`, data: registration });
  }
}

async function findLearner(manager: EntityManager, organisationId: string, learnerId: string | undefined): Promise<Pick<BookingLearnerEntity, 'id'>> {
  const [learner]: Array<Pick<BookingLearnerEntity, 'id'>> = learnerId
    ? await manager.query('SELECT id FROM booking_learners WHERE id = $1 AND organisation_id = $2', [learnerId, organisationId])
    : [];
  if (!learner) throw bookingError(MESSAGES.learnerNotFound, 'Learner', learnerId);
  return learner;
}

/** A published, non-bilingual form with this code, as the seed requires. */
async function findBookableForm(manager: EntityManager, code: string | undefined): Promise<Pick<BookingAssessmentFormEntity, 'code'>> {
  const [form]: Array<Pick<BookingAssessmentFormEntity, 'code'>> = code
    ? await manager.query('SELECT code FROM booking_assessment_forms WHERE code = $1 AND published AND NOT bilingual', [code])
    : [];
  if (!form) throw bookingError(MESSAGES.assessmentNotFound, 'Assessment', code);
  return form;
}

/** The event is locked by the caller, so the count and the insert that follows cannot be overtaken. */
async function assertSeatAvailable(manager: EntityManager, event: BookingEventEntity): Promise<void> {
  if (event.status === 'Cancelled') throw bookingError(MESSAGES.eventCancelled, 'EventStart');
  if (event.registrationLimit === null) return;
  const [{ active }] = await manager.query("SELECT count(*)::int AS active FROM booking_registrations WHERE event_id = $1 AND status = 'Active'", [event.id]);
  if (active >= event.registrationLimit) throw new ApiError(70409, `${MESSAGES.eventFull} All ${event.registrationLimit} seats are taken.`);
}

async function upsertAccommodation(manager: EntityManager, registrationId: string, accommodation: AccommodationRequest): Promise<void> {
  await manager.query(
    `INSERT INTO booking_accommodations (registration_id, type, name, time_extension) VALUES ($1, $2, $3, $4)
     ON CONFLICT (registration_id, type) DO UPDATE SET name = EXCLUDED.name, time_extension = EXCLUDED.time_extension`,
    [registrationId, accommodation.Type!, accommodation.Name ?? null, accommodation.TimeExtension ?? null],
  );
}

async function touch(manager: EntityManager, registrationId: string): Promise<void> {
  await manager.query('UPDATE booking_registrations SET last_change_at = clock_timestamp() WHERE id = $1', [registrationId]);
}

async function record(manager: EntityManager, registrationId: string, command: string, reason: string | null, details: Record<string, unknown>): Promise<void> {
  await manager.query('INSERT INTO booking_registration_history (registration_id, command, reason, details) VALUES ($1, $2, $3, $4)', [
    registrationId,
    command,
    reason,
    JSON.stringify(details),
  ]);
}

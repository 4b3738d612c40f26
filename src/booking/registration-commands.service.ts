import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import { BookingAccommodationEntity } from './entities/booking-accommodation.entity.js';
import { BookingAssessmentFormEntity } from './entities/booking-assessment-form.entity.js';
import { BookingEventEntity } from './entities/booking-event.entity.js';
import { BookingLearnerEntity } from './entities/booking-learner.entity.js';
import { BookingRegistrationEntity } from './entities/booking-registration.entity.js';
import type { AccommodationRequest, RegisterLaxRequest, Registration, TransferLaxRequest } from './generated/booking.dto.js';
import { MESSAGES, bookingError, registrationNotFound } from './booking-rules.js';
import { registrationViews } from './booking-views.js';
import { EventSchedulingService } from './event-scheduling.service.js';

/** The registration commands of one organisation; each is one transaction and leaves a history entry. */
@Injectable()
export class RegistrationCommandsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventSchedulingService,
  ) {}

  async registerLax(
    organisationId: string,
    registrationId: string,
    request: RegisterLaxRequest,
  ): Promise<{ registration: Registration; eventCreated: boolean }> {
    return this.dataSource
      .transaction(async (manager) => {
        const registrations = manager.getRepository(BookingRegistrationEntity);
        if (await registrations.exists({ where: { id: registrationId } })) throw bookingError(MESSAGES.registrationExists, 'registration', registrationId);
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
        await registrations.insert({
          id: registrationId,
          organisationId,
          eventId: event.id,
          learnerId: learner.id,
          learnerRegistrantType: request.LearnerRegistrantType ?? null,
          assessmentCode: form.code,
        });
        for (const accommodation of request.Accommodations ?? []) await upsertAccommodation(manager, registrationId, accommodation);
        await record(manager, registrationId, 'register-lax', null, { event: event.id, eventCreated: created, assessment: form.code });
        return { registration: (await registrationViews(manager, [registrationId]))[0], eventCreated: created };
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
      const current = await manager.getRepository(BookingEventEntity).findOneByOrFail({ id: registration.eventId });
      const { event, created } = await this.events.findOrCreateForLax(manager, organisationId, {
        venueId: request.EventVenue,
        start: request.EventStart,
        examType: request.EventExamType,
        examFormat: current.examFormat,
        billingCode: current.billingCode,
      });
      if (event.id === registration.eventId) throw bookingError(MESSAGES.alreadyAssignedToEvent, 'EventStart', request.EventStart);
      if (registration.status === 'Active') await assertSeatAvailable(manager, event);
      await manager.getRepository(BookingRegistrationEntity).update({ id: registrationId }, { eventId: event.id, lastChangeAt: () => 'clock_timestamp()' });
      await record(manager, registrationId, 'transfer-lax', request.Reason ?? null, { from: registration.eventId, to: event.id, eventCreated: created });
    });
  }

  async cancel(organisationId: string, registrationId: string, reason: string | undefined): Promise<Registration> {
    return this.inRegistration(organisationId, registrationId, async (manager, registration) => {
      if (registration.status === 'Cancelled') return;
      await manager
        .getRepository(BookingRegistrationEntity)
        .update({ id: registrationId }, { status: 'Cancelled', cancelReason: reason ?? null, lastChangeAt: () => 'clock_timestamp()' });
      await record(manager, registrationId, 'cancel', reason ?? null, {});
    });
  }

  async changeAssessment(organisationId: string, registrationId: string, code: string | undefined): Promise<Registration> {
    return this.inRegistration(organisationId, registrationId, async (manager, registration) => {
      const form = await findBookableForm(manager, code);
      if (form.code === registration.assessmentCode) throw bookingError(MESSAGES.assessmentAlreadyAssigned, 'Assessment', code);
      await manager
        .getRepository(BookingRegistrationEntity)
        .update({ id: registrationId }, { assessmentCode: form.code, lastChangeAt: () => 'clock_timestamp()' });
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
      const removed = await manager.getRepository(BookingAccommodationEntity).delete({ registrationId, type });
      if (!removed.affected) throw bookingError(MESSAGES.accommodationNotFound, 'Type', type);
      await touch(manager, registrationId);
      await record(manager, registrationId, 'revoke-accommodation', null, { type });
    });
  }

  async delete(organisationId: string, registrationId: string): Promise<void> {
    const removed = await this.dataSource.getRepository(BookingRegistrationEntity).delete({ id: registrationId, organisationId });
    if (!removed.affected) throw registrationNotFound();
  }

  /** Locks the organisation's registration, runs the command, and answers the registration as it then is. */
  private inRegistration(
    organisationId: string,
    registrationId: string,
    command: (manager: EntityManager, registration: BookingRegistrationEntity) => Promise<void>,
  ): Promise<Registration> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await manager
        .getRepository(BookingRegistrationEntity)
        .findOne({ where: { id: registrationId, organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!registration) throw registrationNotFound();
      await command(manager, registration);
      return (await registrationViews(manager, [registrationId]))[0];
    });
  }
}

async function findLearner(manager: EntityManager, organisationId: string, learnerId: string | undefined): Promise<BookingLearnerEntity> {
  const learner = learnerId ? await manager.getRepository(BookingLearnerEntity).findOne({ where: { id: learnerId, organisationId } }) : null;
  if (!learner) throw bookingError(MESSAGES.learnerNotFound, 'Learner', learnerId);
  return learner;
}

/** A published, non-bilingual form with this code, as the seed requires. */
async function findBookableForm(manager: EntityManager, code: string | undefined): Promise<BookingAssessmentFormEntity> {
  const form = code ? await manager.getRepository(BookingAssessmentFormEntity).findOne({ where: { code, published: true, bilingual: false } }) : null;
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
  await manager
    .getRepository(BookingAccommodationEntity)
    .upsert({ registrationId, type: accommodation.Type!, name: accommodation.Name ?? null, timeExtension: accommodation.TimeExtension ?? null }, [
      'registrationId',
      'type',
    ]);
}

async function touch(manager: EntityManager, registrationId: string): Promise<void> {
  await manager.getRepository(BookingRegistrationEntity).update({ id: registrationId }, { lastChangeAt: () => 'clock_timestamp()' });
}

async function record(manager: EntityManager, registrationId: string, command: string, reason: string | null, details: Record<string, unknown>): Promise<void> {
  await manager.query('INSERT INTO booking_registration_history (registration_id, command, reason, details) VALUES ($1, $2, $3, $4)', [
    registrationId,
    command,
    reason,
    JSON.stringify(details),
  ]);
}

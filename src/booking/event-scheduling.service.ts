import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import { BookingEventEntity } from './entities/booking-event.entity.js';
import { BookingVenueEntity } from './entities/booking-venue.entity.js';
import type { AddEventRequest, Event } from './generated/booking.dto.js';
import { MESSAGES, bookingError, checkNewEventValues, parseEventStart } from './booking-rules.js';
import { eventViews } from './booking-views.js';

export interface LaxEventSpec {
  venueId?: string;
  start?: string;
  examType?: string;
  examFormat?: string;
  billingCode?: string;
}

/** Events of one organisation: scheduling, cancelling, listing, and the lax find-or-create. */
@Injectable()
export class EventSchedulingService {
  constructor(private readonly dataSource: DataSource) {}

  async addEvent(organisationId: string, eventId: string, request: AddEventRequest): Promise<Event> {
    return this.dataSource.transaction(async (manager) => {
      const venue = await findVenue(manager, organisationId, request.EventVenue);
      const start = parseEventStart(request.EventStart, true);
      checkNewEventValues({ examType: request.EventExamType, examFormat: request.EventExamFormat, billingCode: request.EventBillingCode });
      if (await manager.getRepository(BookingEventEntity).exists({ where: { id: eventId } })) throw bookingError(MESSAGES.eventExists, 'event', eventId);
      const inserted = await manager
        .getRepository(BookingEventEntity)
        .createQueryBuilder()
        .insert()
        .values({
          id: eventId,
          organisationId,
          venueId: venue.id,
          startAt: start,
          examType: request.EventExamType!,
          examFormat: request.EventExamFormat!,
          billingCode: request.EventBillingCode!,
          registrationLimit: request.RegistrationLimit ?? null,
        })
        .orIgnore()
        .returning('id')
        .execute();
      if (inserted.raw.length === 0) throw new ApiError(70409, `An event at this venue already starts at ${start.toISOString()}.`);
      return (await eventViews(manager, [eventId]))[0];
    });
  }

  async cancelEvent(organisationId: string, eventId: string, reason: string | undefined): Promise<Event> {
    return this.dataSource.transaction(async (manager) => {
      const events = manager.getRepository(BookingEventEntity);
      const event = await events.findOne({ where: { id: eventId, organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!event) throw new ApiError(70404, MESSAGES.eventNotFound);
      if (event.status !== 'Cancelled') await events.update({ id: eventId }, { status: 'Cancelled', cancelReason: reason ?? null });
      return (await eventViews(manager, [eventId]))[0];
    });
  }

  async listEvents(organisationId: string, day: string): Promise<Event[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM booking_events WHERE organisation_id = $1 AND start_at >= $2::date AND start_at < $2::date + 1 ORDER BY start_at, id`,
      [organisationId, day],
    );
    return eventViews(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
  }

  /**
   * The lax lookup: the event at this venue and start, created when none matches. Returns it locked
   * for update, so that the caller's capacity check and insert cannot be overtaken.
   */
  async findOrCreateForLax(manager: EntityManager, organisationId: string, spec: LaxEventSpec): Promise<{ event: BookingEventEntity; created: boolean }> {
    const venue = await findVenue(manager, organisationId, spec.venueId);
    const start = parseEventStart(spec.start, false);
    const events = manager.getRepository(BookingEventEntity);
    let created = false;
    if (!(await events.exists({ where: { venueId: venue.id, startAt: start } }))) {
      checkNewEventValues(spec);
      parseEventStart(spec.start, true);
      const inserted = await events
        .createQueryBuilder()
        .insert()
        .values({
          id: randomUUID(),
          organisationId,
          venueId: venue.id,
          startAt: start,
          examType: spec.examType!,
          examFormat: spec.examFormat!,
          billingCode: spec.billingCode!,
        })
        .orIgnore()
        .returning('id')
        .execute();
      created = inserted.raw.length > 0;
    }
    const event = await events.findOne({ where: { venueId: venue.id, startAt: start }, lock: { mode: 'pessimistic_write' } });
    return { event: event!, created };
  }
}

async function findVenue(manager: EntityManager, organisationId: string, venueId: string | undefined): Promise<BookingVenueEntity> {
  const venue = venueId ? await manager.getRepository(BookingVenueEntity).findOne({ where: { id: venueId, organisationId } }) : null;
  if (!venue) throw bookingError(MESSAGES.venueNotFound, 'EventVenue', venueId);
  return venue;
}

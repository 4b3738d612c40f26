import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventOutbox } from '../events/event-outbox.service.js';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import type { BookingEventEntity } from './entities/booking-event.entity.js';
import { EVENT_COLUMNS } from './booking-columns.js';
import type { BookingVenueEntity } from './entities/booking-venue.entity.js';
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
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
  ) {}

  async addEvent(organisationId: string, eventId: string, request: AddEventRequest): Promise<Event> {
    return this.dataSource.transaction(async (manager) => {
      const venue = await findVenue(manager, organisationId, request.EventVenue);
      const start = parseEventStart(request.EventStart, true);
      checkNewEventValues({ examType: request.EventExamType, examFormat: request.EventExamFormat, billingCode: request.EventBillingCode });
      const inserted = await insertEvent(manager, {
        id: eventId,
        organisationId,
        venueId: venue.id,
        startAt: start,
        examType: request.EventExamType!,
        examFormat: request.EventExamFormat!,
        billingCode: request.EventBillingCode!,
        registrationLimit: request.RegistrationLimit ?? null,
      });
      if (!inserted) {
        // Either this id or this venue and start is taken. The insert waited for whichever transaction
        // held the conflicting row, so this sees it: the same event added twice at the same moment
        // answers as it does when added twice in turn.
        const [added] = await manager.query('SELECT 1 FROM booking_events WHERE id = $1', [eventId]);
        if (added) throw bookingError(MESSAGES.eventExists, 'event', eventId);
        throw new ApiError(70409, `An event at this venue already starts at ${start.toISOString()}.`);
      }
      return (await eventViews(manager, [eventId]))[0];
    });
  }

  async cancelEvent(organisationId: string, eventId: string, reason: string | undefined): Promise<Event> {
    return this.dataSource.transaction(async (manager) => {
      const [event]: Array<Pick<BookingEventEntity, 'status'>> = await manager.query(
        'SELECT status FROM booking_events WHERE id = $1 AND organisation_id = $2 FOR UPDATE',
        [eventId, organisationId],
      );
      if (!event) throw new ApiError(70404, MESSAGES.eventNotFound);
      if (event.status === 'Cancelled') return (await eventViews(manager, [eventId]))[0];
      await manager.query(`UPDATE booking_events SET status = 'Cancelled', cancel_reason = $2 WHERE id = $1`, [eventId, reason ?? null]);
      const cancelled = (await eventViews(manager, [eventId]))[0];
      await this.outbox.record(manager, { organisationId, type: 'booking.event.cancelled', resourceKey: `booking.event:${eventId}`, data: cancelled });
      return cancelled;
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
    const atVenueAndStart = async (): Promise<BookingEventEntity | undefined> =>
      (await manager.query(`SELECT ${EVENT_COLUMNS} FROM booking_events WHERE venue_id = $1 AND start_at = $2 FOR UPDATE`, [venue.id, start]))[0];
    let created = false;
    if (!(await atVenueAndStart())) {
      checkNewEventValues(spec);
      parseEventStart(spec.start, true);
      created = await insertEvent(manager, {
        id: randomUUID(),
        organisationId,
        venueId: venue.id,
        startAt: start,
        examType: spec.examType!,
        examFormat: spec.examFormat!,
        billingCode: spec.billingCode!,
        registrationLimit: null,
      });
    }
    return { event: (await atVenueAndStart())!, created };
  }
}

/** Inserts the event unless one at its venue and start exists (a concurrent lax registration); false then. */
async function insertEvent(manager: EntityManager, event: Omit<BookingEventEntity, 'status' | 'cancelReason' | 'createdAt'>): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO booking_events (id, organisation_id, venue_id, start_at, exam_type, exam_format, billing_code, registration_limit)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`,
    [event.id, event.organisationId, event.venueId, event.startAt, event.examType, event.examFormat, event.billingCode, event.registrationLimit],
  );
  return inserted.length > 0;
}

async function findVenue(manager: EntityManager, organisationId: string, venueId: string | undefined): Promise<Pick<BookingVenueEntity, 'id'>> {
  const [venue]: Array<Pick<BookingVenueEntity, 'id'>> = venueId
    ? await manager.query('SELECT id FROM booking_venues WHERE id = $1 AND organisation_id = $2', [venueId, organisationId])
    : [];
  if (!venue) throw bookingError(MESSAGES.venueNotFound, 'EventVenue', venueId);
  return venue;
}

import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply } from '../contract/api-reply.js';
import { BookingEventsApi } from './generated/booking-events.api.js';
import type { AddEventPath, AddEventRequest, CancelEventPath, Event, EventList, ListEventsQuery, ReasonRequest } from './generated/booking.dto.js';
import { bookingError } from './booking-rules.js';
import { EventSchedulingService } from './event-scheduling.service.js';

@Controller()
export class BookingEventsController extends BookingEventsApi {
  constructor(private readonly events: EventSchedulingService) {
    super();
  }

  async listEvents({ query }: { query: ListEventsQuery }, request: FastifyRequest): Promise<EventList> {
    if (Number.isNaN(new Date(`${query.date}T00:00:00Z`).getTime())) throw bookingError(`Invalid date value.`, 'date', query.date);
    return { Date: query.date, Events: await this.events.listEvents(request.user!.organisationId, query.date) };
  }

  async addEvent({ path, body }: { path: AddEventPath; body: AddEventRequest }, request: FastifyRequest): Promise<ApiReply<Event, 201>> {
    return new ApiReply(201, await this.events.addEvent(request.user!.organisationId, path.event, body));
  }

  async cancelEvent({ path, body }: { path: CancelEventPath; body: ReasonRequest }, request: FastifyRequest): Promise<Event> {
    return this.events.cancelEvent(request.user!.organisationId, path.event, body.Reason);
  }
}

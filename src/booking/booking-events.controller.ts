import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply, type BinaryBody } from '../contract/api-reply.js';
import { ApiError } from '../errors/api-error.js';
import { BookingEventsApi } from './generated/booking-events.api.js';
import type {
  AddEventPath,
  AddEventRequest,
  CancelEventPath,
  ClassList,
  Event,
  EventList,
  GetScrapPaperQuery,
  ListClassesQuery,
  ListEventsQuery,
  ReasonRequest,
  ScrapPaper,
} from './generated/booking.dto.js';
import { bookingError } from './booking-rules.js';
import { ClassRosterService } from './class-roster.service.js';
import { EventSchedulingService } from './event-scheduling.service.js';
import { ScrapPaperService } from './scrap-paper.service.js';

@Controller()
export class BookingEventsController extends BookingEventsApi {
  constructor(
    private readonly events: EventSchedulingService,
    private readonly classes: ClassRosterService,
    private readonly scrapPaper: ScrapPaperService,
  ) {
    super();
  }

  async listClasses({ query }: { query: ListClassesQuery }, request: FastifyRequest): Promise<ClassList> {
    const own = request.user!.organisationId;
    if (query.organization !== own) throw new ApiError(70403, `This client acts for organisation ${own}, not ${query.organization}.`);
    return { Organization: own, Classes: await this.classes.list(own) };
  }

  async getScrapPaper({ query }: { query: GetScrapPaperQuery }, request: FastifyRequest): Promise<ScrapPaper | ApiReply<BinaryBody, 200>> {
    const sheet = await this.scrapPaper.sheet(request.user!.organisationId, query.id);
    if (request.negotiatedMediaType !== 'application/pdf') return sheet;
    const pdf = await this.scrapPaper.toPdf(sheet);
    return new ApiReply(200, pdf, { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="scrap-paper-${query.id}.pdf"` });
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

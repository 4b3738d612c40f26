import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { EventsApi } from './generated/events.api.js';
import type { EventEnvelope, EventPage, GetFeedEventPath, ListEventFeedQuery } from './generated/events.dto.js';
import { EventFeedService } from './event-feed.service.js';

/** The pull feed of the caller's organisation. */
@Controller()
export class EventsController extends EventsApi {
  constructor(private readonly feed: EventFeedService) {
    super();
  }

  async listEventFeed({ query }: { query: ListEventFeedQuery }, request: FastifyRequest): Promise<EventPage> {
    return this.feed.page(request.user!.organisationId, query.after, query.limit ?? 100, query.type);
  }

  async getFeedEvent({ path }: { path: GetFeedEventPath }, request: FastifyRequest): Promise<EventEnvelope> {
    return this.feed.one(request.user!.organisationId, path.eventId);
  }
}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecretBoxModule } from '../common/secret-box.module.js';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { EventDeliveryService } from './event-delivery.service.js';
import { EventFeedService } from './event-feed.service.js';
import { EventOutbox } from './event-outbox.service.js';
import { EventRetentionService } from './event-retention.service.js';
import { EVENTS_ENTITIES } from './events.entities.js';
import { EventsController } from './events.controller.js';
import { WebhookEndpointsController } from './webhook-endpoints.controller.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';

/**
 * Events for customers: the outbox the domain modules record them in (inside their own
 * transactions), the pull feed, webhook endpoints and their signed, retried deliveries.
 */
@Module({
  imports: [TypeOrmModule.forFeature(EVENTS_ENTITIES), SecretBoxModule, IdempotencyModule],
  controllers: [EventsController, WebhookEndpointsController],
  providers: [EventOutbox, EventFeedService, WebhookEndpointsService, EventDeliveryService, EventRetentionService],
  exports: [EventOutbox],
})
export class EventsModule {}

import { EventDeliveryEntity } from './entities/event-delivery.entity.js';
import { EventEntity } from './entities/event.entity.js';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity.js';

export const EVENTS_ENTITIES = [EventEntity, WebhookEndpointEntity, EventDeliveryEntity];

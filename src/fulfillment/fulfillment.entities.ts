import { FulfillmentApiKeyEntity } from './entities/fulfillment-api-key.entity.js';
import { FulfillmentTestEntity } from './entities/fulfillment-test.entity.js';
import { FulfillmentEntity } from './entities/fulfillment.entity.js';
import { ProductCodeEntity } from './entities/product-code.entity.js';
import { TrackEntity } from './entities/track.entity.js';
import { WebhookDeliveryEntity } from './entities/webhook-delivery.entity.js';

export const FULFILLMENT_ENTITIES = [ProductCodeEntity, FulfillmentApiKeyEntity, TrackEntity, FulfillmentTestEntity, FulfillmentEntity, WebhookDeliveryEntity];

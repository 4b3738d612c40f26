import { TypeOrmModule } from '@nestjs/typeorm';
import { FULFILLMENT_ENTITIES } from './fulfillment.entities.js';
import { AuthDirectoryModule } from '../auth/auth-directory.module.js';
import { Module } from '@nestjs/common';
import { SecretBoxModule } from '../common/secret-box.module.js';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { MailModule } from '../mail/mail.module.js';
import { ApiKeysController } from './api-keys.controller.js';
import { FulfilmentEmailService } from './fulfilment-email.service.js';
import { FulfillmentAdministrationController } from './fulfillment-administration.controller.js';
import { InventoryController } from './inventory.controller.js';
import { InventoryService } from './inventory.service.js';
import { ProductCodesService } from './product-codes.service.js';
import { RequestSignatureService } from './request-signature.service.js';
import { ResultWebhookDeliveryService } from './result-webhook-delivery.service.js';
import { TestExpiryService } from './test-expiry.service.js';
import { TestIdAllocationService } from './test-id-allocation.service.js';
import { TestIdFulfillmentController } from './test-id-fulfillment.controller.js';
import { TestLifecycleService } from './test-lifecycle.service.js';
import { TrackEndpointsService } from './track-endpoints.service.js';

@Module({
  imports: [TypeOrmModule.forFeature(FULFILLMENT_ENTITIES), SecretBoxModule, IdempotencyModule, MailModule, AuthDirectoryModule],
  controllers: [TestIdFulfillmentController, InventoryController, ApiKeysController, FulfillmentAdministrationController],
  providers: [
    FulfilmentEmailService,
    RequestSignatureService,
    TestIdAllocationService,
    InventoryService,
    ProductCodesService,
    TrackEndpointsService,
    TestLifecycleService,
    ResultWebhookDeliveryService,
    TestExpiryService,
  ],
  exports: [TestLifecycleService],
})
export class FulfillmentModule {}

import { Controller } from '@nestjs/common';
import { FulfillmentAdministrationApi } from './generated/fulfillment-administration.api.js';
import type {
  ImportTestsCsvQuery,
  InventoryLoad,
  InventoryLoadReport,
  InventoryTest,
  ListWebhookDeliveriesQuery,
  ProductCode,
  ProductCodeInput,
  PutProductCodePath,
  PutTrackPath,
  RecordTestEventPath,
  RedriveWebhookDeliveryPath,
  TestEvent,
  Track,
  TrackInput,
  WebhookDelivery,
  WebhookDeliveryList,
} from './generated/fulfillment.dto.js';
import { InventoryService } from './inventory.service.js';
import { ProductCodesService } from './product-codes.service.js';
import { ResultWebhookDeliveryService } from './result-webhook-delivery.service.js';
import { TestLifecycleService } from './test-lifecycle.service.js';
import { TrackEndpointsService } from './track-endpoints.service.js';

@Controller()
export class FulfillmentAdministrationController extends FulfillmentAdministrationApi {
  constructor(
    private readonly productCodes: ProductCodesService,
    private readonly inventory: InventoryService,
    private readonly lifecycle: TestLifecycleService,
    private readonly tracks: TrackEndpointsService,
    private readonly webhooks: ResultWebhookDeliveryService,
  ) {
    super();
  }

  putProductCode({ path, body }: { path: PutProductCodePath; body: ProductCodeInput }): Promise<ProductCode> {
    return this.productCodes.put(path.productCode, body);
  }

  loadTests({ body }: { body: InventoryLoad }): Promise<InventoryLoadReport> {
    return this.inventory.load(body.organisationCode, body.tests);
  }

  importTestsCsv({ query, body }: { query: ImportTestsCsvQuery; body: string }): Promise<InventoryLoadReport> {
    return this.inventory.importCsv(query.organisationCode, body);
  }

  recordTestEvent({ path, body }: { path: RecordTestEventPath; body: TestEvent }): Promise<InventoryTest> {
    return this.lifecycle.record(path.testId, body);
  }

  putTrack({ path, body }: { path: PutTrackPath; body: TrackInput }): Promise<Track> {
    return this.tracks.put(path.trackCode, body);
  }

  async listWebhookDeliveries({ query }: { query: ListWebhookDeliveriesQuery }): Promise<WebhookDeliveryList> {
    return { deliveries: await this.webhooks.list(query) };
  }

  redriveWebhookDelivery({ path }: { path: RedriveWebhookDeliveryPath }): Promise<WebhookDelivery> {
    return this.webhooks.redrive(path.deliveryId);
  }
}

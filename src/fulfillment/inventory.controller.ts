import { Readable } from 'node:stream';
import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { ApiReply, BinaryBody } from '../contract/api-reply.js';
import { gzipWhenAccepted } from '../contract/gzip-answer.js';
import { FulfillmentInventoryApi } from './generated/fulfillment-inventory.api.js';
import type { ExportAvailableTestsQuery, InventoryPage, ListInventoryQuery, ProductCodeList } from './generated/fulfillment.dto.js';
import { InventoryService } from './inventory.service.js';
import { ProductCodesService } from './product-codes.service.js';

@Controller()
export class InventoryController extends FulfillmentInventoryApi {
  constructor(
    private readonly inventory: InventoryService,
    private readonly productCodes: ProductCodesService,
  ) {
    super();
  }

  async listInventory({ query }: { query: ListInventoryQuery }, request: FastifyRequest): Promise<InventoryPage> {
    return this.inventory.list(request.user!.organisationId, query);
  }

  async exportAvailableTests({ query }: { query: ExportAvailableTestsQuery }, request: FastifyRequest): Promise<ApiReply<BinaryBody, 200>> {
    const csv = await this.inventory.availableCsv(request.user!.organisationId, query.testType);
    const day = new Date().toISOString().slice(0, 10);
    // Streamed: the pieces go out as they are made, so a large inventory is never one string.
    return gzipWhenAccepted(request, 200, Readable.from(csv), {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="available-tests-${request.user!.organisationCode}-${day}.csv"`,
    });
  }

  async listProductCodes(): Promise<ProductCodeList> {
    return { productCodes: await this.productCodes.listEnabled() };
  }
}

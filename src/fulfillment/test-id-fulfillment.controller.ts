import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply } from '../contract/api-reply.js';
import { FulfillmentTestIDsApi } from './generated/fulfillment-test-ids.api.js';
import { FulfilmentEmailService } from './fulfilment-email.service.js';
import type { Fulfilment, FulfilmentEmailState, FulfilmentRequest, GetFulfilmentEmailPath } from './generated/fulfillment.dto.js';
import { TestIdAllocationService } from './test-id-allocation.service.js';
import { idempotentReply } from '../idempotency/idempotent-reply.js';

@Controller()
export class TestIdFulfillmentController extends FulfillmentTestIDsApi {
  constructor(
    private readonly allocation: TestIdAllocationService,
    private readonly emails: FulfilmentEmailService,
  ) {
    super();
  }

  async obtainTestId(
    { body, headers }: { body: FulfilmentRequest; headers: { 'x-fulfillment-signature'?: string; 'idempotency-key'?: string } },
    request: FastifyRequest,
  ): Promise<ApiReply<Fulfilment, 201>> {
    // The signature covers the bytes received, not the parsed object: pretty-printed JSON signed as sent verifies.
    const rawBody = (request as FastifyRequest & { rawBody?: Buffer }).rawBody ?? Buffer.alloc(0);
    const outcome = await this.allocation.obtain(request.user!, body, rawBody, headers['x-fulfillment-signature'], headers['idempotency-key']);
    return idempotentReply(201, outcome);
  }

  async getFulfilmentEmail({ path }: { path: GetFulfilmentEmailPath }, request: FastifyRequest): Promise<FulfilmentEmailState> {
    return this.emails.of(request.user!.organisationId, path.fulfilmentId);
  }
}

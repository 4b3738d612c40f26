import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply } from '../contract/api-reply.js';
import { WebhookEndpointsApi } from './generated/webhook-endpoints.api.js';
import type {
  DeleteWebhookEndpointPath,
  EventDelivery,
  EventDeliveryList,
  GetWebhookEndpointPath,
  ListEventDeliveriesPath,
  ListEventDeliveriesQuery,
  PingOutcome,
  ResendEventDeliveryPath,
  ResendEventsPath,
  ResendOutcome,
  ResendRequest,
  RotateWebhookSecretPath,
  SecretRotation,
  TestWebhookEndpointPath,
  UpdateWebhookEndpointPath,
  WebhookEndpoint,
  WebhookEndpointChange,
  WebhookEndpointInput,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
} from './generated/events.dto.js';
import { EventDeliveryService } from './event-delivery.service.js';
import { endpointView } from './webhook-endpoint-view.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';
import { idempotentReply } from '../idempotency/idempotent-reply.js';

/** The caller's organisation's webhook endpoints and their deliveries. */
@Controller()
export class WebhookEndpointsController extends WebhookEndpointsApi {
  constructor(
    private readonly endpoints: WebhookEndpointsService,
    private readonly deliveries: EventDeliveryService,
  ) {
    super();
  }

  async createWebhookEndpoint(
    { body, headers }: { body: WebhookEndpointInput; headers: { 'idempotency-key'?: string } },
    request: FastifyRequest,
  ): Promise<ApiReply<WebhookEndpointWithSecret, 201>> {
    const outcome = await this.endpoints.create(request.user!, body, headers['idempotency-key']);
    return idempotentReply(201, outcome);
  }

  async listWebhookEndpoints(_input: object, request: FastifyRequest): Promise<WebhookEndpointList> {
    return { data: await this.endpoints.list(request.user!.organisationId) };
  }

  async getWebhookEndpoint({ path }: { path: GetWebhookEndpointPath }, request: FastifyRequest): Promise<WebhookEndpoint> {
    return endpointView(await this.endpoints.get(request.user!.organisationId, path.endpointId));
  }

  async updateWebhookEndpoint(
    { path, body }: { path: UpdateWebhookEndpointPath; body: WebhookEndpointChange },
    request: FastifyRequest,
  ): Promise<WebhookEndpoint> {
    return this.endpoints.update(request.user!.organisationId, path.endpointId, body);
  }

  async deleteWebhookEndpoint({ path }: { path: DeleteWebhookEndpointPath }, request: FastifyRequest): Promise<ApiReply<void, 204>> {
    await this.endpoints.remove(request.user!.organisationId, path.endpointId);
    return new ApiReply(204, undefined);
  }

  async rotateWebhookSecret(
    { path, body, headers }: { path: RotateWebhookSecretPath; body: SecretRotation; headers: { 'idempotency-key'?: string } },
    request: FastifyRequest,
  ): Promise<ApiReply<WebhookEndpointWithSecret, 200>> {
    const outcome = await this.endpoints.rotate(request.user!, path.endpointId, body.overlapSeconds ?? 86400, headers['idempotency-key']);
    return idempotentReply(200, outcome);
  }

  async testWebhookEndpoint({ path }: { path: TestWebhookEndpointPath }, request: FastifyRequest): Promise<PingOutcome> {
    return this.deliveries.ping(request.user!.organisationId, path.endpointId);
  }

  async listEventDeliveries(
    { path, query }: { path: ListEventDeliveriesPath; query: ListEventDeliveriesQuery },
    request: FastifyRequest,
  ): Promise<EventDeliveryList> {
    return { data: await this.deliveries.list(request.user!.organisationId, path.endpointId, query.status, query.limit ?? 100) };
  }

  async resendEventDelivery({ path }: { path: ResendEventDeliveryPath }, request: FastifyRequest): Promise<ApiReply<EventDelivery, 202>> {
    return new ApiReply(202, await this.deliveries.resend(request.user!.organisationId, path.endpointId, path.deliveryId));
  }

  async resendEvents({ path, body }: { path: ResendEventsPath; body: ResendRequest }, request: FastifyRequest): Promise<ApiReply<ResendOutcome, 202>> {
    const queued = await this.deliveries.resendSince(request.user!.organisationId, path.endpointId, new Date(body.since));
    return new ApiReply(202, { queued });
  }
}

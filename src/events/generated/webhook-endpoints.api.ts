// Generated from openapi/events.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, Delete, Get, Headers, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { ParametersPipe, readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { DeleteWebhookEndpointPath, EventDelivery, EventDeliveryList, GetWebhookEndpointPath, ListEventDeliveriesPath, ListEventDeliveriesQuery, PingOutcome, ResendEventDeliveryPath, ResendEventsPath, ResendOutcome, ResendRequest, RotateWebhookSecretPath, SecretRotation, TestWebhookEndpointPath, UpdateWebhookEndpointPath, WebhookEndpoint, WebhookEndpointChange, WebhookEndpointInput, WebhookEndpointList, WebhookEndpointWithSecret } from './events.dto.js';
import { parseDeleteWebhookEndpointPath, parseGetWebhookEndpointPath, parseListEventDeliveriesPath, parseListEventDeliveriesQuery, parseResendEventDeliveryPath, parseResendEventsPath, parseRotateWebhookSecretPath, parseTestWebhookEndpointPath, parseUpdateWebhookEndpointPath } from './events.parameters.js';

@ApiTags("Webhook endpoints")
export abstract class WebhookEndpointsApi {
  @Get('/v1/webhook-endpoints')
  @HttpCode(200)
  @ContractOperation({"operationId":"listWebhookEndpoints","module":"events","scopes":["events:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'listWebhookEndpoints', summary: "The caller's endpoints" })
  async listWebhookEndpointsRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await withTransientRetry(() => this.listWebhookEndpoints({  }, request)));
  }

  /** GET /v1/webhook-endpoints: The caller's endpoints */
  abstract listWebhookEndpoints(input: {  }, request: FastifyRequest): Promise<WebhookEndpointList | ApiReply<WebhookEndpointList, 200>>;

  @Post('/v1/webhook-endpoints')
  @HttpCode(201)
  @ContractOperation({"operationId":"createWebhookEndpoint","module":"events","scopes":["events:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":201})
  @ApiOperation({ operationId: 'createWebhookEndpoint', summary: "Register an endpoint for the caller's events" })
  async createWebhookEndpointRoute(@Body() body: WebhookEndpointInput, @Headers('idempotency-key') idempotencyKey: string | undefined, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.createWebhookEndpoint({ body, headers: { 'idempotency-key': idempotencyKey } }, request));
  }

  /** POST /v1/webhook-endpoints: Register an endpoint for the caller's events */
  abstract createWebhookEndpoint(input: { body: WebhookEndpointInput; headers: { 'idempotency-key'?: string } }, request: FastifyRequest): Promise<WebhookEndpointWithSecret | ApiReply<WebhookEndpointWithSecret, 201>>;

  @Get('/v1/webhook-endpoints/:endpointId')
  @HttpCode(200)
  @ContractOperation({"operationId":"getWebhookEndpoint","module":"events","scopes":["events:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getWebhookEndpoint', summary: "One of the caller's endpoints" })
  async getWebhookEndpointRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetWebhookEndpointPath, request.params, 'path');
    return sendApiReply(reply, await withTransientRetry(() => this.getWebhookEndpoint({ path }, request)));
  }

  /** GET /v1/webhook-endpoints/{endpointId}: One of the caller's endpoints */
  abstract getWebhookEndpoint(input: { path: GetWebhookEndpointPath }, request: FastifyRequest): Promise<WebhookEndpoint | ApiReply<WebhookEndpoint, 200>>;

  @Patch('/v1/webhook-endpoints/:endpointId')
  @HttpCode(200)
  @ContractOperation({"operationId":"updateWebhookEndpoint","module":"events","scopes":["events:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'updateWebhookEndpoint', summary: "Change an endpoint's URL, events, description, or turn it on or off" })
  async updateWebhookEndpointRoute(@Param(new ParametersPipe(parseUpdateWebhookEndpointPath, 'path')) path: UpdateWebhookEndpointPath, @Body() body: WebhookEndpointChange, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.updateWebhookEndpoint({ path, body }, request));
  }

  /** PATCH /v1/webhook-endpoints/{endpointId}: Change an endpoint's URL, events, description, or turn it on or off */
  abstract updateWebhookEndpoint(input: { path: UpdateWebhookEndpointPath; body: WebhookEndpointChange }, request: FastifyRequest): Promise<WebhookEndpoint | ApiReply<WebhookEndpoint, 200>>;

  @Delete('/v1/webhook-endpoints/:endpointId')
  @HttpCode(204)
  @ContractOperation({"operationId":"deleteWebhookEndpoint","module":"events","scopes":["events:write"],"produces":[],"consumes":[],"successStatus":204})
  @ApiOperation({ operationId: 'deleteWebhookEndpoint', summary: "Remove an endpoint and its pending deliveries" })
  async deleteWebhookEndpointRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseDeleteWebhookEndpointPath, request.params, 'path');
    return sendApiReply(reply, await this.deleteWebhookEndpoint({ path }, request));
  }

  /** DELETE /v1/webhook-endpoints/{endpointId}: Remove an endpoint and its pending deliveries */
  abstract deleteWebhookEndpoint(input: { path: DeleteWebhookEndpointPath }, request: FastifyRequest): Promise<void | ApiReply<void, 204>>;

  @Post('/v1/webhook-endpoints/:endpointId/rotate-secret')
  @HttpCode(200)
  @ContractOperation({"operationId":"rotateWebhookSecret","module":"events","scopes":["events:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'rotateWebhookSecret', summary: "Give the endpoint a new secret, keeping the old one for an overlap" })
  async rotateWebhookSecretRoute(@Param(new ParametersPipe(parseRotateWebhookSecretPath, 'path')) path: RotateWebhookSecretPath, @Body() body: SecretRotation, @Headers('idempotency-key') idempotencyKey: string | undefined, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.rotateWebhookSecret({ path, body, headers: { 'idempotency-key': idempotencyKey } }, request));
  }

  /** POST /v1/webhook-endpoints/{endpointId}/rotate-secret: Give the endpoint a new secret, keeping the old one for an overlap */
  abstract rotateWebhookSecret(input: { path: RotateWebhookSecretPath; body: SecretRotation; headers: { 'idempotency-key'?: string } }, request: FastifyRequest): Promise<WebhookEndpointWithSecret | ApiReply<WebhookEndpointWithSecret, 200>>;

  @Post('/v1/webhook-endpoints/:endpointId/test')
  @HttpCode(200)
  @ContractOperation({"operationId":"testWebhookEndpoint","module":"events","scopes":["events:write"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'testWebhookEndpoint', summary: "Send a signed ping now and say how the endpoint answered" })
  async testWebhookEndpointRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseTestWebhookEndpointPath, request.params, 'path');
    return sendApiReply(reply, await this.testWebhookEndpoint({ path }, request));
  }

  /** POST /v1/webhook-endpoints/{endpointId}/test: Send a signed ping now and say how the endpoint answered */
  abstract testWebhookEndpoint(input: { path: TestWebhookEndpointPath }, request: FastifyRequest): Promise<PingOutcome | ApiReply<PingOutcome, 200>>;

  @Get('/v1/webhook-endpoints/:endpointId/deliveries')
  @HttpCode(200)
  @ContractOperation({"operationId":"listEventDeliveries","module":"events","scopes":["events:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'listEventDeliveries', summary: "The endpoint's deliveries, newest first" })
  async listEventDeliveriesRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseListEventDeliveriesPath, request.params, 'path');
    const query = readParameters(parseListEventDeliveriesQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.listEventDeliveries({ path, query }, request)));
  }

  /** GET /v1/webhook-endpoints/{endpointId}/deliveries: The endpoint's deliveries, newest first */
  abstract listEventDeliveries(input: { path: ListEventDeliveriesPath; query: ListEventDeliveriesQuery }, request: FastifyRequest): Promise<EventDeliveryList | ApiReply<EventDeliveryList, 200>>;

  @Post('/v1/webhook-endpoints/:endpointId/deliveries/:deliveryId/resend')
  @HttpCode(202)
  @ContractOperation({"operationId":"resendEventDelivery","module":"events","scopes":["events:write"],"produces":["application/json"],"consumes":[],"successStatus":202})
  @ApiOperation({ operationId: 'resendEventDelivery', summary: "Send one delivery again" })
  async resendEventDeliveryRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseResendEventDeliveryPath, request.params, 'path');
    return sendApiReply(reply, await this.resendEventDelivery({ path }, request));
  }

  /** POST /v1/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/resend: Send one delivery again */
  abstract resendEventDelivery(input: { path: ResendEventDeliveryPath }, request: FastifyRequest): Promise<EventDelivery | ApiReply<EventDelivery, 202>>;

  @Post('/v1/webhook-endpoints/:endpointId/resend')
  @HttpCode(202)
  @ContractOperation({"operationId":"resendEvents","module":"events","scopes":["events:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":202})
  @ApiOperation({ operationId: 'resendEvents', summary: "Send every event since a time again" })
  async resendEventsRoute(@Param(new ParametersPipe(parseResendEventsPath, 'path')) path: ResendEventsPath, @Body() body: ResendRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.resendEvents({ path, body }, request));
  }

  /** POST /v1/webhook-endpoints/{endpointId}/resend: Send every event since a time again */
  abstract resendEvents(input: { path: ResendEventsPath; body: ResendRequest }, request: FastifyRequest): Promise<ResendOutcome | ApiReply<ResendOutcome, 202>>;
}

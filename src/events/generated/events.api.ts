// Generated from openapi/events.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { EventEnvelope, EventPage, GetFeedEventPath, ListEventFeedQuery } from './events.dto.js';
import { parseGetFeedEventPath, parseListEventFeedQuery } from './events.parameters.js';

@ApiTags("Events")
export abstract class EventsApi {
  @Get('/v1/events')
  @HttpCode(200)
  @ContractOperation({"operationId":"listEventFeed","module":"events","scopes":["events:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'listEventFeed', summary: "The caller's events, oldest first, after a cursor" })
  async listEventFeedRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const query = readParameters(parseListEventFeedQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.listEventFeed({ query }, request)));
  }

  /** GET /v1/events: The caller's events, oldest first, after a cursor */
  abstract listEventFeed(input: { query: ListEventFeedQuery }, request: FastifyRequest): Promise<EventPage | ApiReply<EventPage, 200>>;

  @Get('/v1/events/:eventId')
  @HttpCode(200)
  @ContractOperation({"operationId":"getFeedEvent","module":"events","scopes":["events:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getFeedEvent', summary: "One of the caller's events" })
  async getFeedEventRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetFeedEventPath, request.params, 'path');
    return sendApiReply(reply, await withTransientRetry(() => this.getFeedEvent({ path }, request)));
  }

  /** GET /v1/events/{eventId}: One of the caller's events */
  abstract getFeedEvent(input: { path: GetFeedEventPath }, request: FastifyRequest): Promise<EventEnvelope | ApiReply<EventEnvelope, 200>>;
}

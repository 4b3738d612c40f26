// Generated from openapi/booking.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply, type BinaryBody } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { ParametersPipe, readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { AddEventPath, AddEventRequest, CancelEventPath, ClassList, Event, EventList, GetScrapPaperQuery, ListClassesQuery, ListEventsQuery, ReasonRequest, ScrapPaper } from './booking.dto.js';
import { parseAddEventPath, parseCancelEventPath, parseGetScrapPaperQuery, parseListClassesQuery, parseListEventsQuery } from './booking.parameters.js';

@ApiTags("Booking events")
export abstract class BookingEventsApi {
  @Get('/api/events/list-events')
  @HttpCode(200)
  @ContractOperation({"operationId":"listEvents","module":"booking","scopes":["booking:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'listEvents', summary: "The organisation's events on a date" })
  async listEventsRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const query = readParameters(parseListEventsQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.listEvents({ query }, request)));
  }

  /** GET /api/events/list-events: The organisation's events on a date */
  abstract listEvents(input: { query: ListEventsQuery }, request: FastifyRequest): Promise<EventList | ApiReply<EventList, 200>>;

  @Post('/api/events/:event')
  @HttpCode(201)
  @ContractOperation({"operationId":"addEvent","module":"booking","scopes":["booking:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":201})
  @ApiOperation({ operationId: 'addEvent', summary: "Add a new event" })
  async addEventRoute(@Param(new ParametersPipe(parseAddEventPath, 'path')) path: AddEventPath, @Body() body: AddEventRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.addEvent({ path, body }, request));
  }

  /** POST /api/events/{event}: Add a new event */
  abstract addEvent(input: { path: AddEventPath; body: AddEventRequest }, request: FastifyRequest): Promise<Event | ApiReply<Event, 201>>;

  @Post('/api/events/:event/cancel')
  @HttpCode(200)
  @ContractOperation({"operationId":"cancelEvent","module":"booking","scopes":["booking:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'cancelEvent', summary: "Cancel an event" })
  async cancelEventRoute(@Param(new ParametersPipe(parseCancelEventPath, 'path')) path: CancelEventPath, @Body() body: ReasonRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.cancelEvent({ path, body }, request));
  }

  /** POST /api/events/{event}/cancel: Cancel an event */
  abstract cancelEvent(input: { path: CancelEventPath; body: ReasonRequest }, request: FastifyRequest): Promise<Event | ApiReply<Event, 200>>;

  @Get('/api/events/classes')
  @HttpCode(200)
  @ContractOperation({"operationId":"listClasses","module":"booking","scopes":["booking:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'listClasses', summary: "The organisation's classes" })
  async listClassesRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const query = readParameters(parseListClassesQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.listClasses({ query }, request)));
  }

  /** GET /api/events/classes: The organisation's classes */
  abstract listClasses(input: { query: ListClassesQuery }, request: FastifyRequest): Promise<ClassList | ApiReply<ClassList, 200>>;

  @Get('/api/events/scrap-paper')
  @HttpCode(200)
  @ContractOperation({"operationId":"getScrapPaper","module":"booking","scopes":["booking:read"],"produces":["application/json","application/pdf"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getScrapPaper', summary: "The scrap-paper sheet of an event" })
  async getScrapPaperRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const query = readParameters(parseGetScrapPaperQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.getScrapPaper({ query }, request)));
  }

  /** GET /api/events/scrap-paper: The scrap-paper sheet of an event */
  abstract getScrapPaper(input: { query: GetScrapPaperQuery }, request: FastifyRequest): Promise<ScrapPaper | ApiReply<ScrapPaper | BinaryBody, 200>>;
}

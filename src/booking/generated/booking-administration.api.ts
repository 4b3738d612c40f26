// Generated from openapi/booking.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, HttpCode, Param, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { ParametersPipe } from '../../contract/parameters-pipe.js';
import { AssessmentForm, AssessmentFormInput, Class, ClassInput, Learner, LearnerInput, PutAssessmentFormPath, PutClassPath, PutLearnerPath, PutVenuePath, Venue, VenueInput } from './booking.dto.js';
import { parsePutAssessmentFormPath, parsePutClassPath, parsePutLearnerPath, parsePutVenuePath } from './booking.parameters.js';

@ApiTags("Booking administration")
export abstract class BookingAdministrationApi {
  @Put('/api/admin/venues/:venue')
  @HttpCode(200)
  @ContractOperation({"operationId":"putVenue","module":"booking","scopes":["booking:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'putVenue', summary: "Create or update a venue (provider side)" })
  async putVenueRoute(@Param(new ParametersPipe(parsePutVenuePath, 'path')) path: PutVenuePath, @Body() body: VenueInput, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.putVenue({ path, body }, request));
  }

  /** PUT /api/admin/venues/{venue}: Create or update a venue (provider side) */
  abstract putVenue(input: { path: PutVenuePath; body: VenueInput }, request: FastifyRequest): Promise<Venue | ApiReply<Venue, 200>>;

  @Put('/api/admin/learners/:learner')
  @HttpCode(200)
  @ContractOperation({"operationId":"putLearner","module":"booking","scopes":["booking:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'putLearner', summary: "Create or update a learner (provider side)" })
  async putLearnerRoute(@Param(new ParametersPipe(parsePutLearnerPath, 'path')) path: PutLearnerPath, @Body() body: LearnerInput, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.putLearner({ path, body }, request));
  }

  /** PUT /api/admin/learners/{learner}: Create or update a learner (provider side) */
  abstract putLearner(input: { path: PutLearnerPath; body: LearnerInput }, request: FastifyRequest): Promise<Learner | ApiReply<Learner, 200>>;

  @Put('/api/admin/assessment-forms/:code')
  @HttpCode(200)
  @ContractOperation({"operationId":"putAssessmentForm","module":"booking","scopes":["booking:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'putAssessmentForm', summary: "Create or update an assessment form (provider side)" })
  async putAssessmentFormRoute(@Param(new ParametersPipe(parsePutAssessmentFormPath, 'path')) path: PutAssessmentFormPath, @Body() body: AssessmentFormInput, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.putAssessmentForm({ path, body }, request));
  }

  /** PUT /api/admin/assessment-forms/{code}: Create or update an assessment form (provider side) */
  abstract putAssessmentForm(input: { path: PutAssessmentFormPath; body: AssessmentFormInput }, request: FastifyRequest): Promise<AssessmentForm | ApiReply<AssessmentForm, 200>>;

  @Put('/api/admin/classes/:class')
  @HttpCode(200)
  @ContractOperation({"operationId":"putClass","module":"booking","scopes":["booking:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'putClass', summary: "Create or replace a class (provider side)" })
  async putClassRoute(@Param(new ParametersPipe(parsePutClassPath, 'path')) path: PutClassPath, @Body() body: ClassInput, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.putClass({ path, body }, request));
  }

  /** PUT /api/admin/classes/{class}: Create or replace a class (provider side) */
  abstract putClass(input: { path: PutClassPath; body: ClassInput }, request: FastifyRequest): Promise<Class | ApiReply<Class, 200>>;
}

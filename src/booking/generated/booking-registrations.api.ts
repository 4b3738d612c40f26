// Generated from openapi/booking.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { ParametersPipe, readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { AccommodationRequest, CancelRegistrationPath, ChangeAssessmentPath, ChangeAssessmentRequest, DeleteRegistrationPath, GetRegistrationPath, GrantAccommodationPath, ReasonRequest, RegisterLaxPath, RegisterLaxRequest, Registration, RegistrationCount, RegistrationCriteria, RegistrationPage, RegistrationSearch, RevokeAccommodationPath, RevokeAccommodationRequest, TransferLaxPath, TransferLaxRequest } from './booking.dto.js';
import { parseCancelRegistrationPath, parseChangeAssessmentPath, parseDeleteRegistrationPath, parseGetRegistrationPath, parseGrantAccommodationPath, parseRegisterLaxPath, parseRevokeAccommodationPath, parseTransferLaxPath } from './booking.parameters.js';

@ApiTags("Booking registrations")
export abstract class BookingRegistrationsApi {
  @Post('/api/registrations/count')
  @HttpCode(200)
  @ContractOperation({"operationId":"countRegistrations","module":"booking","scopes":["booking:read"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'countRegistrations', summary: "Count registrations" })
  async countRegistrationsRoute(@Body() body: RegistrationCriteria, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.countRegistrations({ body }, request));
  }

  /** POST /api/registrations/count: Count registrations */
  abstract countRegistrations(input: { body: RegistrationCriteria }, request: FastifyRequest): Promise<RegistrationCount | ApiReply<RegistrationCount, 200>>;

  @Post('/api/registrations/search')
  @HttpCode(200)
  @ContractOperation({"operationId":"searchRegistrations","module":"booking","scopes":["booking:read"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'searchRegistrations', summary: "Search registrations" })
  async searchRegistrationsRoute(@Body() body: RegistrationSearch, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.searchRegistrations({ body }, request));
  }

  /** POST /api/registrations/search: Search registrations */
  abstract searchRegistrations(input: { body: RegistrationSearch }, request: FastifyRequest): Promise<RegistrationPage | ApiReply<RegistrationPage, 200>>;

  @Get('/api/registrations/:registration')
  @HttpCode(200)
  @ContractOperation({"operationId":"getRegistration","module":"booking","scopes":["booking:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getRegistration', summary: "Retrieve a registration" })
  async getRegistrationRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetRegistrationPath, request.params, 'path');
    return sendApiReply(reply, await withTransientRetry(() => this.getRegistration({ path }, request)));
  }

  /** GET /api/registrations/{registration}: Retrieve a registration */
  abstract getRegistration(input: { path: GetRegistrationPath }, request: FastifyRequest): Promise<Registration | ApiReply<Registration, 200>>;

  @Delete('/api/registrations/:registration')
  @HttpCode(204)
  @ContractOperation({"operationId":"deleteRegistration","module":"booking","scopes":["booking:write"],"produces":[],"consumes":[],"successStatus":204})
  @ApiOperation({ operationId: 'deleteRegistration', summary: "Delete a registration" })
  async deleteRegistrationRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseDeleteRegistrationPath, request.params, 'path');
    return sendApiReply(reply, await this.deleteRegistration({ path }, request));
  }

  /** DELETE /api/registrations/{registration}: Delete a registration */
  abstract deleteRegistration(input: { path: DeleteRegistrationPath }, request: FastifyRequest): Promise<void | ApiReply<void, 204>>;

  @Post('/api/registrations/:registration/commands/register-lax')
  @HttpCode(200)
  @ContractOperation({"operationId":"registerLax","module":"booking","scopes":["booking:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'registerLax', summary: "Create a registration (lax)" })
  async registerLaxRoute(@Param(new ParametersPipe(parseRegisterLaxPath, 'path')) path: RegisterLaxPath, @Body() body: RegisterLaxRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.registerLax({ path, body }, request));
  }

  /** POST /api/registrations/{registration}/commands/register-lax: Create a registration (lax) */
  abstract registerLax(input: { path: RegisterLaxPath; body: RegisterLaxRequest }, request: FastifyRequest): Promise<ApiReply<Registration, 200> | ApiReply<Registration, 201>>;

  @Post('/api/registrations/:registration/commands/transfer-lax')
  @HttpCode(200)
  @ContractOperation({"operationId":"transferLax","module":"booking","scopes":["booking:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'transferLax', summary: "Transfer a registration (lax)" })
  async transferLaxRoute(@Param(new ParametersPipe(parseTransferLaxPath, 'path')) path: TransferLaxPath, @Body() body: TransferLaxRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.transferLax({ path, body }, request));
  }

  /** POST /api/registrations/{registration}/commands/transfer-lax: Transfer a registration (lax) */
  abstract transferLax(input: { path: TransferLaxPath; body: TransferLaxRequest }, request: FastifyRequest): Promise<Registration | ApiReply<Registration, 200>>;

  @Post('/api/registrations/:registration/commands/cancel')
  @HttpCode(200)
  @ContractOperation({"operationId":"cancelRegistration","module":"booking","scopes":["booking:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'cancelRegistration', summary: "Cancel a registration" })
  async cancelRegistrationRoute(@Param(new ParametersPipe(parseCancelRegistrationPath, 'path')) path: CancelRegistrationPath, @Body() body: ReasonRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.cancelRegistration({ path, body }, request));
  }

  /** POST /api/registrations/{registration}/commands/cancel: Cancel a registration */
  abstract cancelRegistration(input: { path: CancelRegistrationPath; body: ReasonRequest }, request: FastifyRequest): Promise<Registration | ApiReply<Registration, 200>>;

  @Post('/api/registrations/:registration/commands/change-assessment')
  @HttpCode(200)
  @ContractOperation({"operationId":"changeAssessment","module":"booking","scopes":["booking:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'changeAssessment', summary: "Assign an assessment to a registration" })
  async changeAssessmentRoute(@Param(new ParametersPipe(parseChangeAssessmentPath, 'path')) path: ChangeAssessmentPath, @Body() body: ChangeAssessmentRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.changeAssessment({ path, body }, request));
  }

  /** POST /api/registrations/{registration}/commands/change-assessment: Assign an assessment to a registration */
  abstract changeAssessment(input: { path: ChangeAssessmentPath; body: ChangeAssessmentRequest }, request: FastifyRequest): Promise<Registration | ApiReply<Registration, 200>>;

  @Post('/api/registrations/:registration/commands/grant-accommodation')
  @HttpCode(201)
  @ContractOperation({"operationId":"grantAccommodation","module":"booking","scopes":["booking:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":201})
  @ApiOperation({ operationId: 'grantAccommodation', summary: "Add an accommodation to a registration" })
  async grantAccommodationRoute(@Param(new ParametersPipe(parseGrantAccommodationPath, 'path')) path: GrantAccommodationPath, @Body() body: AccommodationRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.grantAccommodation({ path, body }, request));
  }

  /** POST /api/registrations/{registration}/commands/grant-accommodation: Add an accommodation to a registration */
  abstract grantAccommodation(input: { path: GrantAccommodationPath; body: AccommodationRequest }, request: FastifyRequest): Promise<Registration | ApiReply<Registration, 201>>;

  @Post('/api/registrations/:registration/commands/revoke-accommodation')
  @HttpCode(204)
  @ContractOperation({"operationId":"revokeAccommodation","module":"booking","scopes":["booking:write"],"produces":[],"consumes":["application/json"],"successStatus":204})
  @ApiOperation({ operationId: 'revokeAccommodation', summary: "Remove an accommodation from a registration" })
  async revokeAccommodationRoute(@Param(new ParametersPipe(parseRevokeAccommodationPath, 'path')) path: RevokeAccommodationPath, @Body() body: RevokeAccommodationRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.revokeAccommodation({ path, body }, request));
  }

  /** POST /api/registrations/{registration}/commands/revoke-accommodation: Remove an accommodation from a registration */
  abstract revokeAccommodation(input: { path: RevokeAccommodationPath; body: RevokeAccommodationRequest }, request: FastifyRequest): Promise<void | ApiReply<void, 204>>;
}

import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply } from '../contract/api-reply.js';
import { BookingRegistrationsApi } from './generated/booking-registrations.api.js';
import type {
  AccommodationRequest,
  CancelRegistrationPath,
  ChangeAssessmentPath,
  ChangeAssessmentRequest,
  DeleteRegistrationPath,
  GetRegistrationPath,
  GrantAccommodationPath,
  ReasonRequest,
  RegisterLaxPath,
  RegisterLaxRequest,
  Registration,
  RegistrationCount,
  RegistrationCriteria,
  RegistrationPage,
  RegistrationSearch,
  RevokeAccommodationPath,
  RevokeAccommodationRequest,
  TransferLaxPath,
  TransferLaxRequest,
} from './generated/booking.dto.js';
import { RegistrationCommandsService } from './registration-commands.service.js';
import { RegistrationQueryService } from './registration-query.service.js';

@Controller()
export class BookingRegistrationsController extends BookingRegistrationsApi {
  constructor(
    private readonly commands: RegistrationCommandsService,
    private readonly queries: RegistrationQueryService,
  ) {
    super();
  }

  async countRegistrations({ body }: { body: RegistrationCriteria }, request: FastifyRequest): Promise<RegistrationCount> {
    return { Count: await this.queries.count(request.user!.organisationId, body) };
  }

  async searchRegistrations({ body }: { body: RegistrationSearch }, request: FastifyRequest): Promise<RegistrationPage> {
    return this.queries.search(request.user!.organisationId, body);
  }

  async getRegistration({ path }: { path: GetRegistrationPath }, request: FastifyRequest): Promise<Registration> {
    return this.queries.get(request.user!.organisationId, path.registration);
  }

  async deleteRegistration({ path }: { path: DeleteRegistrationPath }, request: FastifyRequest): Promise<ApiReply<void, 204>> {
    await this.commands.delete(request.user!.organisationId, path.registration);
    return new ApiReply(204, undefined);
  }

  async registerLax(
    { path, body }: { path: RegisterLaxPath; body: RegisterLaxRequest },
    request: FastifyRequest,
  ): Promise<ApiReply<Registration, 200> | ApiReply<Registration, 201>> {
    const { registration, eventCreated } = await this.commands.registerLax(request.user!.organisationId, path.registration, body);
    return eventCreated ? new ApiReply(201, registration) : new ApiReply(200, registration);
  }

  async transferLax({ path, body }: { path: TransferLaxPath; body: TransferLaxRequest }, request: FastifyRequest): Promise<Registration> {
    return this.commands.transferLax(request.user!.organisationId, path.registration, body);
  }

  async cancelRegistration({ path, body }: { path: CancelRegistrationPath; body: ReasonRequest }, request: FastifyRequest): Promise<Registration> {
    return this.commands.cancel(request.user!.organisationId, path.registration, body.Reason);
  }

  async changeAssessment({ path, body }: { path: ChangeAssessmentPath; body: ChangeAssessmentRequest }, request: FastifyRequest): Promise<Registration> {
    return this.commands.changeAssessment(request.user!.organisationId, path.registration, body.Assessment);
  }

  async grantAccommodation(
    { path, body }: { path: GrantAccommodationPath; body: AccommodationRequest },
    request: FastifyRequest,
  ): Promise<ApiReply<Registration, 201>> {
    return new ApiReply(201, await this.commands.grantAccommodation(request.user!.organisationId, path.registration, body));
  }

  async revokeAccommodation(
    { path, body }: { path: RevokeAccommodationPath; body: RevokeAccommodationRequest },
    request: FastifyRequest,
  ): Promise<ApiReply<void, 204>> {
    await this.commands.revokeAccommodation(request.user!.organisationId, path.registration, body.Type);
    return new ApiReply(204, undefined);
  }
}

import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ResultsEnquireServicesApi } from './generated/results-enquire-services.api.js';
import type { EnquireServicesPath, EnquireServicesQuery, EnquireServicesResponse } from './generated/results.dto.js';
import { EnquireServicesService } from './enquire-services.service.js';

@Controller()
export class ResultsEnquireServicesController extends ResultsEnquireServicesApi {
  constructor(private readonly enquireServicesService: EnquireServicesService) {
    super();
  }

  async enquireServices(
    { path, query }: { path: EnquireServicesPath; query: EnquireServicesQuery },
    request: FastifyRequest,
  ): Promise<EnquireServicesResponse> {
    return this.enquireServicesService.enquire(request.user!, path, query);
  }
}

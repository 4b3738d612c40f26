import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply } from '../contract/api-reply.js';
import { ResultsSandboxApi } from './generated/results-sandbox.api.js';
import type { SandboxResultsEvent, SandboxResultsEventRequest } from './generated/results.dto.js';
import { ResultsSandboxService } from './results-sandbox.service.js';

/** On the sandbox, a centre makes the Results events happen for itself. */
@Controller()
export class ResultsSandboxController extends ResultsSandboxApi {
  constructor(private readonly sandbox: ResultsSandboxService) {
    super();
  }

  async sandboxResultsEvent({ body }: { body: SandboxResultsEventRequest }, request: FastifyRequest): Promise<ApiReply<SandboxResultsEvent, 201>> {
    return new ApiReply(201, await this.sandbox.happen(request.user!, body));
  }
}

import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply } from '../contract/api-reply.js';
import { IELTSSandboxApi } from './generated/ielts-sandbox.api.js';
import type { IeltsResult, SandboxCancelResultPath, SandboxRemarkResultPath } from './generated/ielts.dto.js';
import { ResultSandboxService } from './result-sandbox.service.js';

/** On the sandbox, an RO makes the IELTS events happen to its own results. */
@Controller()
export class ResultSandboxController extends IELTSSandboxApi {
  constructor(private readonly sandbox: ResultSandboxService) {
    super();
  }

  async sandboxRemarkResult({ path }: { path: SandboxRemarkResultPath }, request: FastifyRequest): Promise<IeltsResult> {
    return this.sandbox.remark(request.user!, path.trfNumber);
  }

  async sandboxCancelResult({ path }: { path: SandboxCancelResultPath }, request: FastifyRequest): Promise<IeltsResult> {
    return this.sandbox.cancel(request.user!, path.trfNumber);
  }

  async sandboxShareNewResult(_input: object, request: FastifyRequest): Promise<ApiReply<IeltsResult, 201>> {
    return new ApiReply(201, await this.sandbox.shareNew(request.user!));
  }
}

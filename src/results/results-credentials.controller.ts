import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply, type BinaryBody } from '../contract/api-reply.js';
import { ResultsCredentialsApi } from './generated/results-credentials.api.js';
import type { GetCandidateResultCredentialPath } from './generated/results.dto.js';
import { ResultCredentialService } from './result-credential.service.js';

@Controller()
export class ResultsCredentialsController extends ResultsCredentialsApi {
  constructor(private readonly credentials: ResultCredentialService) {
    super();
  }

  async getCandidateResultCredential({ path }: { path: GetCandidateResultCredentialPath }, request: FastifyRequest): Promise<ApiReply<BinaryBody, 200>> {
    return new ApiReply(200, await this.credentials.credential(request.user!, path), { 'Content-Type': 'application/vc+jwt' });
  }
}

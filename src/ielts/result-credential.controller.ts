import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply, type BinaryBody } from '../contract/api-reply.js';
import { IELTSCredentialsApi } from './generated/ielts-credentials.api.js';
import type { GetResultCredentialPath } from './generated/ielts.dto.js';
import { ResultCredentialService } from './result-credential.service.js';

@Controller()
export class ResultCredentialController extends IELTSCredentialsApi {
  constructor(private readonly credentials: ResultCredentialService) {
    super();
  }

  async getResultCredential({ path }: { path: GetResultCredentialPath }, request: FastifyRequest): Promise<ApiReply<BinaryBody, 200>> {
    const jwt = await this.credentials.credential(request.user!.organisationId, path.trfNumber);
    return new ApiReply(200, jwt, { 'Content-Type': 'application/vc+jwt' });
  }
}

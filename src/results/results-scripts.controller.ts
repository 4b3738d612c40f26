import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply, type BinaryBody } from '../contract/api-reply.js';
import { ResultsScriptsApi } from './generated/results-scripts.api.js';
import type { GetScriptPdfPath, ScriptRequest, ScriptRequestInput } from './generated/results.dto.js';
import { ScriptAccessService } from './script-access.service.js';
import { idempotentReply } from '../idempotency/idempotent-reply.js';

@Controller()
export class ResultsScriptsController extends ResultsScriptsApi {
  constructor(private readonly scripts: ScriptAccessService) {
    super();
  }

  async requestScripts(
    { body, headers }: { body: ScriptRequestInput; headers: { 'idempotency-key'?: string } },
    request: FastifyRequest,
  ): Promise<ApiReply<ScriptRequest, 201>> {
    const outcome = await this.scripts.request(request.user!, body, headers['idempotency-key']);
    return idempotentReply(201, outcome);
  }

  async getScriptPdf({ path }: { path: GetScriptPdfPath }, request: FastifyRequest): Promise<ApiReply<BinaryBody, 200> | ApiReply<void, 304>> {
    const { pdf, etag } = await this.scripts.pdf(request.user!, path.docStorePageId);
    const cached = request.headers['if-none-match'];
    if (cached && cached.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) return new ApiReply(304, undefined, { ETag: etag });
    return new ApiReply(200, pdf, {
      'Content-Type': 'application/pdf',
      'Content-Length': pdf.length,
      ETag: etag,
      'Cache-Control': 'private, max-age=0, must-revalidate',
    });
  }
}

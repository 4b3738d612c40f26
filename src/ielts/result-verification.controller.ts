import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply, type BinaryBody } from '../contract/api-reply.js';
import { IELTSApi } from './generated/ielts.api.js';
import type { GetResultVerificationQuery, ResultVerificationResponse } from './generated/ielts.dto.js';
import { toVerificationQuery } from './result-verification-query.js';
import { ResultVerificationService } from './result-verification.service.js';
import { toXml } from './result-verification-xml.js';

@Controller()
export class ResultVerificationController extends IELTSApi {
  constructor(private readonly verification: ResultVerificationService) {
    super();
  }

  async getResultVerification({ query }: { query: GetResultVerificationQuery }, request: FastifyRequest): Promise<ResultVerificationResponse | ApiReply<BinaryBody, 200>> {
    const response = await this.verify(query, request);
    if (request.negotiatedMediaType === 'application/xml') {
      return new ApiReply(200, toXml('resultVerificationResponse', response), { 'Content-Type': 'application/xml; charset=utf-8' });
    }
    return response;
  }

  private async verify(query: GetResultVerificationQuery, request: FastifyRequest): Promise<ResultVerificationResponse> {
    const verificationQuery = toVerificationQuery(query);
    const { results, totalRecordCount } = await this.verification.verify(request.user!.organisationId, verificationQuery);
    const page = verificationQuery.kind === 'range' ? verificationQuery.page : 1;
    const limit = verificationQuery.kind === 'range' ? verificationQuery.limit : results.length || 1;
    const totalPages = Math.max(1, Math.ceil(totalRecordCount / limit));
    const paginated = verificationQuery.kind === 'range' && verificationQuery.paginated;
    return {
      messageMetadata: {
        messageRequestUid: String(request.id),
        messageOriginator: 'IELTS',
        messageRequestDateTime: new Date().toISOString(),
        previousResultSetUrl: paginated && page > 1 ? pageUrl(request.url, page - 1) : null,
        currentResultSetUrl: request.url,
        nextResultSetUrl: paginated && page < totalPages ? pageUrl(request.url, page + 1) : null,
      },
      results,
      resultSummary: { recordCount: results.length, totalRecordCount, page, limit, totalPages },
    };
  }
}

function pageUrl(url: string, page: number): string {
  const parsed = new URL(url, 'http://placeholder');
  parsed.searchParams.set('page', String(page));
  return `${parsed.pathname}${parsed.search}`;
}

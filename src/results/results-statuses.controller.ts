import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ResultsStatusesApi } from './generated/results-statuses.api.js';
import type {
  CandidateResultStatus,
  GetCandidateResultStatusPath,
  GetResultEnquiryStatusPath,
  GetSessionResultStatusPath,
  ResultEnquiryStatus,
  SessionResultStatus,
} from './generated/results.dto.js';
import { ResultStatusService } from './result-status.service.js';

@Controller()
export class ResultsStatusesController extends ResultsStatusesApi {
  constructor(private readonly statuses: ResultStatusService) {
    super();
  }

  async getCandidateResultStatus({ path }: { path: GetCandidateResultStatusPath }, request: FastifyRequest): Promise<CandidateResultStatus> {
    return this.statuses.candidateResult(request.user!, path);
  }

  async getResultEnquiryStatus({ path }: { path: GetResultEnquiryStatusPath }, request: FastifyRequest): Promise<ResultEnquiryStatus> {
    return this.statuses.enquiry(request.user!, path);
  }

  async getSessionResultStatus({ path }: { path: GetSessionResultStatusPath }): Promise<SessionResultStatus> {
    return this.statuses.session(path.businessStreamId, path.sessionId);
  }
}

import { randomInt, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Like } from 'typeorm';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { assertSandbox } from '../config/sandbox-only.js';
import { ApiError } from '../errors/api-error.js';
import { textPdf } from '../pdf/text-pdf.js';
import { visibleCentre } from './centre-access.js';
import { ResultEnquiryEntity } from './entities/result-enquiry.entity.js';
import type { SandboxResultsEvent, SandboxResultsEventRequest } from './generated/results.dto.js';
import { ResultStatusService } from './result-status.service.js';
import { ScriptAccessService } from './script-access.service.js';

// The sandbox's made-up candidates sit a made-up session and assessment.
const SESSION = { businessStreamId: '02', sessionId: '99001', assessmentCode: 'SBX01' };
const COMPONENT = '01';
const ENQUIRY_PREFIX = 'SBX-';
const NEXT_ENQUIRY_STATUS: Record<string, 'InProgress' | 'Completed'> = { Received: 'InProgress', InProgress: 'Completed' };

/**
 * On the sandbox, the Results events for the caller's centre, made to happen through the code paths
 * of the provider's loads and scripts (ResultStatusService, ScriptAccessService), so they are the
 * real events.
 */
@Injectable()
export class ResultsSandboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statuses: ResultStatusService,
    private readonly scripts: ScriptAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async happen(client: AuthenticatedClient, { type }: SandboxResultsEventRequest): Promise<SandboxResultsEvent> {
    assertSandbox(this.config);
    const centreId = visibleCentre(client);
    if (centreId === null) throw new ApiError(70403, 'The sandbox makes Results events happen for a centre; this client acts for every centre.');
    const candidateNumber = String(randomInt(100000, 1000000));
    if (type === 'results.result.issued') {
      await this.statuses.load({
        candidateResults: [
          { ...SESSION, centreId, candidateNumber, resultStatus: 'Issued', grade: ['A', 'B', 'C'][randomInt(3)], issuedAt: new Date().toISOString() },
        ],
      });
      const key = { ...SESSION, centreId, candidateNumber };
      return { type, data: { ...(await this.statuses.candidateResult(client, key)) } };
    }
    if (type === 'results.enquiry.updated') {
      const last = await this.dataSource
        .getRepository(ResultEnquiryEntity)
        .findOne({ where: { centreId, enquiryReference: Like(`${ENQUIRY_PREFIX}%`) }, order: { createdAt: 'DESC' } });
      const enquiry =
        last && NEXT_ENQUIRY_STATUS[last.status]
          ? { ...last, status: NEXT_ENQUIRY_STATUS[last.status] }
          : {
              ...SESSION,
              componentId: COMPONENT,
              centreId,
              candidateNumber,
              enquiryReference: `${ENQUIRY_PREFIX}${randomUUID().slice(0, 8)}`,
              status: 'Received' as const,
            };
      const path = {
        businessStreamId: enquiry.businessStreamId,
        sessionId: enquiry.sessionId,
        centreId,
        candidateNumber: enquiry.candidateNumber,
        assessmentCode: enquiry.assessmentCode,
        componentId: enquiry.componentId,
      };
      await this.statuses.load({ enquiries: [{ ...path, enquiryReference: enquiry.enquiryReference, serviceType: 'Review', status: enquiry.status }] });
      return { type, data: { ...(await this.statuses.enquiry(client, path)) } };
    }
    // A script requested as an ATS would, before any page is there; then its page arrives.
    const candidate = { ...SESSION, componentId: COMPONENT, centreId, candidateNumber };
    const requested = await this.scripts.request(client, candidate, undefined);
    const pdf = await textPdf('Sandbox script', [`Candidate ${candidateNumber}, centre ${centreId}`, `${SESSION.assessmentCode}/${COMPONENT}, page 1`]);
    const page = randomUUID();
    await this.scripts.store(page, { ...candidate, pageNumber: 1, pdf: pdf.toString('base64') });
    return {
      type,
      data: {
        scriptRequestId: requested.body.scriptRequestId,
        status: 'Fulfilled',
        docStorePageIds: [page],
        createdAt: requested.body.createdAt,
        ...candidate,
      },
    };
  }
}

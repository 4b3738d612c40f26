import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import { ApiError } from '../errors/api-error.js';
import { IdempotentOperationService, type IdempotentOutcome } from '../idempotency/idempotent-operation.service.js';
import type { ScriptDocument, ScriptDocumentInput, ScriptRequest, ScriptRequestInput } from './generated/results.dto.js';
import { assertCentreAccess, visibleCentre } from './centre-access.js';
import { ScriptDocumentEntity } from './entities/script-document.entity.js';
import { ScriptRequestEntity } from './entities/script-request.entity.js';
import { CentreEvents } from './centre-events.service.js';
import { takeTransactionLock } from '../database/transaction-lock.js';
import { candidateKey } from './candidate-result-key.js';

const MAX_PDF_BYTES = 512 * 1024;

export interface ScriptPdf {
  pdf: Buffer;
  etag: string;
}

/** Access To Scripts: script requests for a candidate's component, and the PDF pages they point to. */
@Injectable()
export class ScriptAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotentOperationService,
    private readonly centreEvents: CentreEvents,
  ) {}

  async request(client: AuthenticatedClient, input: ScriptRequestInput, idempotencyKey: string | undefined): Promise<IdempotentOutcome<ScriptRequest>> {
    assertCentreAccess(client, input.centreId);
    return this.idempotency.run(client.clientId, idempotencyKey, 'requestScripts', input, async (manager) => {
      const candidate = candidateOf(input);
      await lockCandidateScripts(manager, candidate);
      const ids = await pageIdsOf(manager, candidate);
      const id = randomUUID();
      const status = ids.length ? 'Fulfilled' : 'Pending';
      const saved = await manager.getRepository(ScriptRequestEntity).save({ id, clientId: client.clientId, ...candidate, status, docStorePageIds: ids });
      const createdAt = saved.createdAt;
      return { status: 201, body: { scriptRequestId: id, status, docStorePageIds: ids, createdAt: new Date(createdAt).toISOString() } };
    });
  }

  async pdf(client: AuthenticatedClient, docStorePageId: string): Promise<ScriptPdf> {
    const row = await this.dataSource.getRepository(ScriptDocumentEntity).findOneBy({ docStorePageId });
    // Another centre's script answers as a missing one: no oracle across centres.
    const centre = visibleCentre(client);
    if (!row || (centre !== null && row.centreId !== centre)) {
      throw new ApiError(70404, `No script page ${docStorePageId} is available to this client.`);
    }
    return { pdf: row.pdf, etag: `"${row.sha256}"` };
  }

  /**
   * Stores a page. The script requests waiting for this candidate's component (or holding fewer
   * pages) are fulfilled with every page now there, and each is an event for the centre.
   */
  async store(docStorePageId: string, input: ScriptDocumentInput): Promise<ScriptDocument> {
    const pdf = Buffer.from(input.pdf, 'base64');
    const problem = (message: string) => new ApiError(60002, message, { details: [{ location: 'body', field: 'pdf', message }] });
    if (!pdf.subarray(0, 5).equals(Buffer.from('%PDF-'))) throw problem('pdf is not a PDF document (base64 of bytes starting %PDF-)');
    if (pdf.length > MAX_PDF_BYTES) throw problem(`the PDF is ${pdf.length} bytes; at most ${MAX_PDF_BYTES}`);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const candidate = candidateOf(input);
    await this.dataSource.transaction(async (manager) => {
      await lockCandidateScripts(manager, candidate);
      // One statement: a PUT of the same page arriving twice at once updates rather than fails.
      await manager.getRepository(ScriptDocumentEntity).upsert({ docStorePageId, ...candidate, pageNumber: input.pageNumber, pdf, sha256 }, ['docStorePageId']);
      const ids = await pageIdsOf(manager, candidate);
      const requests = await manager.getRepository(ScriptRequestEntity).find({ where: candidate, lock: { mode: 'pessimistic_write' } });
      for (const request of requests.filter((r) => r.status !== 'Fulfilled' || r.docStorePageIds.length < ids.length)) {
        const ready = await manager.getRepository(ScriptRequestEntity).save({ ...request, status: 'Fulfilled', docStorePageIds: ids });
        await this.centreEvents.record(manager, candidate.centreId, 'results.script.ready', `results.script-request:${request.id}`, {
          scriptRequestId: ready.id,
          status: 'Fulfilled',
          docStorePageIds: ids,
          createdAt: new Date(ready.createdAt).toISOString(),
          ...candidate,
        });
      }
    });
    return { docStorePageId, bytes: pdf.length, etag: `"${sha256}"` };
  }
}

type ScriptCandidate = Pick<ScriptRequestInput, 'businessStreamId' | 'sessionId' | 'centreId' | 'candidateNumber' | 'assessmentCode' | 'componentId'>;

/** The six fields that name a candidate's component, whose script pages and requests these are. */
function candidateOf(input: ScriptCandidate): ScriptCandidate {
  return { ...candidateKey(input), componentId: input.componentId };
}

/**
 * Requests and pages of one candidate's component take turns, in every process: each reads the
 * other's rows, and under READ COMMITTED a request made while a page was being stored would miss
 * that page, and a page stored beside another would overwrite a request's list without it.
 */
function lockCandidateScripts(manager: EntityManager, candidate: ScriptCandidate): Promise<void> {
  return takeTransactionLock(manager, ['scripts', ...Object.values(candidate)].join('/'));
}

/** The ids of the component's stored pages, in page order: what a script request points to. */
async function pageIdsOf(manager: EntityManager, candidate: ScriptCandidate): Promise<string[]> {
  const pages = await manager
    .getRepository(ScriptDocumentEntity)
    .find({ select: { docStorePageId: true }, where: candidate, order: { pageNumber: 'ASC', docStorePageId: 'ASC' } });
  return pages.map((page) => page.docStorePageId);
}

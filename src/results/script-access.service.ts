import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import { ApiError } from '../errors/api-error.js';
import { IdempotentOperationService, type IdempotentOutcome } from '../idempotency/idempotent-operation.service.js';
import type { ScriptDocument, ScriptDocumentInput, ScriptRequest, ScriptRequestInput } from './generated/results.dto.js';
import { assertCentreAccess, visibleCentre } from './centre-access.js';
import { ScriptDocumentEntity } from './entities/script-document.entity.js';
import { ScriptRequestEntity } from './entities/script-request.entity.js';
import { CentreEvents } from './centre-events.service.js';

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
      const candidate = {
        businessStreamId: input.businessStreamId,
        sessionId: input.sessionId,
        centreId: input.centreId,
        candidateNumber: input.candidateNumber,
        assessmentCode: input.assessmentCode,
        componentId: input.componentId,
      };
      const pages = await manager
        .getRepository(ScriptDocumentEntity)
        .find({ select: { docStorePageId: true }, where: candidate, order: { pageNumber: 'ASC', docStorePageId: 'ASC' } });
      const id = randomUUID();
      const ids = pages.map((page) => page.docStorePageId);
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
    const candidate = {
      businessStreamId: input.businessStreamId,
      sessionId: input.sessionId,
      centreId: input.centreId,
      candidateNumber: input.candidateNumber,
      assessmentCode: input.assessmentCode,
      componentId: input.componentId,
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ScriptDocumentEntity).save({ docStorePageId, ...candidate, pageNumber: input.pageNumber, pdf, sha256 });
      const pages = await manager
        .getRepository(ScriptDocumentEntity)
        .find({ select: { docStorePageId: true }, where: candidate, order: { pageNumber: 'ASC', docStorePageId: 'ASC' } });
      const ids = pages.map((page) => page.docStorePageId);
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

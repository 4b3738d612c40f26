import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import { ApiError } from '../errors/api-error.js';
import { IdempotentOperationService, type IdempotentOutcome } from '../idempotency/idempotent-operation.service.js';
import type { ScriptDocument, ScriptDocumentInput, ScriptRequest, ScriptRequestInput } from './generated/results.dto.js';
import { assertCentreAccess, visibleCentre } from './centre-access.js';

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
  ) {}

  async request(client: AuthenticatedClient, input: ScriptRequestInput, idempotencyKey: string | undefined): Promise<IdempotentOutcome<ScriptRequest>> {
    assertCentreAccess(client, input.centreId);
    return this.idempotency.run(client.clientId, idempotencyKey, 'requestScripts', input, async (manager) => {
      const pages: Array<{ id: string }> = await manager.query(
        `SELECT doc_store_page_id AS id FROM results_script_documents
          WHERE business_stream_id = $1 AND session_id = $2 AND centre_id = $3 AND candidate_number = $4 AND assessment_code = $5 AND component_id = $6
          ORDER BY page_number, doc_store_page_id`,
        [input.businessStreamId, input.sessionId, input.centreId, input.candidateNumber, input.assessmentCode, input.componentId],
      );
      const id = randomUUID();
      const ids = pages.map((page) => page.id);
      const status = ids.length ? 'Fulfilled' : 'Pending';
      const [{ created_at: createdAt }] = await manager.query(
        `INSERT INTO results_script_requests (id, client_id, business_stream_id, session_id, centre_id, candidate_number, assessment_code, component_id, status, doc_store_page_ids)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING created_at`,
        [id, client.clientId, input.businessStreamId, input.sessionId, input.centreId, input.candidateNumber, input.assessmentCode, input.componentId, status, ids],
      );
      return { status: 201, body: { scriptRequestId: id, status, docStorePageIds: ids, createdAt: new Date(createdAt).toISOString() } };
    });
  }

  async pdf(client: AuthenticatedClient, docStorePageId: string): Promise<ScriptPdf> {
    const [row] = await this.dataSource.query('SELECT centre_id, pdf, sha256 FROM results_script_documents WHERE doc_store_page_id = $1', [docStorePageId]);
    // Another centre's script answers as a missing one: no oracle across centres.
    const centre = visibleCentre(client);
    if (!row || (centre !== null && row.centre_id !== centre)) {
      throw new ApiError(70404, `No script page ${docStorePageId} is available to this client.`);
    }
    return { pdf: row.pdf, etag: `"${row.sha256}"` };
  }

  async store(docStorePageId: string, input: ScriptDocumentInput): Promise<ScriptDocument> {
    const pdf = Buffer.from(input.pdf, 'base64');
    const problem = (message: string) => new ApiError(60002, message, { details: [{ location: 'body', field: 'pdf', message }] });
    if (!pdf.subarray(0, 5).equals(Buffer.from('%PDF-'))) throw problem('pdf is not a PDF document (base64 of bytes starting %PDF-)');
    if (pdf.length > MAX_PDF_BYTES) throw problem(`the PDF is ${pdf.length} bytes; at most ${MAX_PDF_BYTES}`);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    await this.dataSource.query(
      `INSERT INTO results_script_documents (doc_store_page_id, business_stream_id, session_id, centre_id, candidate_number, assessment_code, component_id, page_number, pdf, sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (doc_store_page_id) DO UPDATE SET business_stream_id = $2, session_id = $3, centre_id = $4, candidate_number = $5,
         assessment_code = $6, component_id = $7, page_number = $8, pdf = $9, sha256 = $10`,
      [docStorePageId, input.businessStreamId, input.sessionId, input.centreId, input.candidateNumber, input.assessmentCode, input.componentId, input.pageNumber, pdf, sha256],
    );
    return { docStorePageId, bytes: pdf.length, etag: `"${sha256}"` };
  }
}

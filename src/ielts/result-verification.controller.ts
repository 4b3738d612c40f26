import { Readable } from 'node:stream';
import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { isoTime } from '../common/iso-time.js';
import { ApiReply, type BinaryBody } from '../contract/api-reply.js';
import { gzipWhenAccepted } from '../contract/gzip-answer.js';
import { IELTSApi } from './generated/ielts.api.js';
import type { GetResultVerificationQuery } from './generated/ielts.dto.js';
import { JSON_PAGE, XML_PAGE, renderPage, renderWhole } from './result-page-renderers.js';
import { MAX_RECORDS_PER_RESPONSE, toVerificationQuery } from './result-verification-query.js';
import { ResultVerificationService } from './result-verification.service.js';

@Controller()
export class ResultVerificationController extends IELTSApi {
  constructor(private readonly verification: ResultVerificationService) {
    super();
  }

  /** Written as rows are read: a 2000-record page is never held whole, let alone several times over. */
  async getResultVerification({ query }: { query: GetResultVerificationQuery }, request: FastifyRequest): Promise<ApiReply<BinaryBody, 200>> {
    const verificationQuery = toVerificationQuery(query);
    const page = await this.verification.verify(request.user!.organisationId, verificationQuery);
    const isRange = verificationQuery.kind === 'range';
    const pageNumber = isRange ? verificationQuery.page : 1;
    // A TRF lookup reports the page size asked for, 2000 by default, as the seed defines `limit`.
    const limit = isRange ? verificationQuery.limit : (query.limit ?? MAX_RECORDS_PER_RESPONSE);
    const totalPages = Math.max(1, Math.ceil(page.totalRecordCount / limit));
    const paginated = isRange && verificationQuery.paginated;
    const metadata = {
      messageRequestUid: String(request.id),
      messageOriginator: 'IELTS',
      messageRequestDateTime: isoTime(),
      previousResultSetUrl: paginated && pageNumber > 1 ? pageUrl(request.url, pageNumber - 1) : null,
      currentResultSetUrl: request.url,
      nextResultSetUrl: paginated && pageNumber < totalPages ? pageUrl(request.url, pageNumber + 1) : null,
    };
    const summary = { recordCount: page.recordCount, totalRecordCount: page.totalRecordCount, page: pageNumber, limit, totalPages };
    const renderer = request.negotiatedMediaType === 'application/xml' ? XML_PAGE : JSON_PAGE;
    if (Array.isArray(page.results)) return new ApiReply(200, renderWhole(renderer, metadata, page.results, summary), { 'Content-Type': renderer.mediaType });
    const pieces = renderPage(renderer, metadata, page.results, summary);
    // A response of one chunk goes out as one string: a stream only pays off when it bounds memory.
    // The pieces stay strings on their way to the socket, which encodes each once: a byte stream
    // turned every piece into a Buffer first (flattened, measured, copied, then collected), which cost
    // photo pages a tenth of their CPU. A few pieces (about 50 KB) wait ahead of the socket; the next
    // chunk is read only once they drain.
    const body = page.recordCount <= SMALL_PAGE_ROWS ? await collect(pieces) : Readable.from(pieces, { highWaterMark: STREAM_BUFFER_PIECES });
    const headers = { 'Content-Type': renderer.mediaType };
    // Photos are base64 JPEG: compressed, a page of them shrank by a quarter for half a second of CPU.
    return verificationQuery.withPhoto ? new ApiReply(200, body, headers) : gzipWhenAccepted(request, 200, body, headers);
  }
}

const SMALL_PAGE_ROWS = 50;
// Pieces are up to about 8 KB of text, or one result with its photo (about 11 KB).
const STREAM_BUFFER_PIECES = 6;

async function collect(pieces: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const piece of pieces) text += piece;
  return text;
}

function pageUrl(url: string, page: number): string {
  const parsed = new URL(url, 'http://placeholder');
  parsed.searchParams.set('page', String(page));
  return `${parsed.pathname}${parsed.search}`;
}

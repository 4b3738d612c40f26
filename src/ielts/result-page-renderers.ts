import { xmlElement } from '../common/xml.js';
import type { MessageMetadata, ResultSummary } from './generated/ielts.dto.js';

/**
 * How a verification response is written piece by piece, so that rows stream as they are read.
 * Each result arrives as its JSON text in the wire format (built by PostgreSQL).
 */
export interface ResultPageRenderer {
  mediaType: string;
  head(metadata: MessageMetadata): string;
  row(resultJson: string, index: number): string;
  tail(summary: ResultSummary): string;
}

export const JSON_PAGE: ResultPageRenderer = {
  mediaType: 'application/json; charset=utf-8',
  head: (metadata) => `{"messageMetadata":${JSON.stringify(metadata)},"results":[`,
  row: (resultJson, index) => (index === 0 ? resultJson : `,${resultJson}`),
  tail: (summary) => `],"resultSummary":${JSON.stringify(summary)}}`,
};

/** In XML each result is a `<result>` in `<results>`; null fields are left out. */
export const XML_PAGE: ResultPageRenderer = {
  mediaType: 'application/xml; charset=utf-8',
  head: (metadata) => `<?xml version="1.0" encoding="UTF-8"?>\n<resultVerificationResponse>${xmlElement('messageMetadata', metadata)}<results>`,
  row: (resultJson) => xmlElement('result', JSON.parse(resultJson) as Record<string, unknown>),
  tail: (summary) => `</results>${xmlElement('resultSummary', summary)}</resultVerificationResponse>\n`,
};

// Rows are written in pieces of about this size: few socket writes, and no string so large that
// V8 keeps it (in large-object space) until a full collection; 50 photo pages at once stay small.
const PIECE_CHARS = 64 * 1024;

/** The page in pieces of about PIECE_CHARS, as its rows arrive. */
export async function* renderPage(renderer: ResultPageRenderer, metadata: MessageMetadata, chunks: AsyncIterable<string[]>, summary: ResultSummary): AsyncGenerator<string> {
  let piece = renderer.head(metadata);
  let index = 0;
  for await (const chunk of chunks) {
    for (const row of chunk) {
      piece += renderer.row(row, index++);
      if (piece.length >= PIECE_CHARS) {
        yield piece;
        piece = '';
      }
    }
  }
  yield piece + renderer.tail(summary);
}

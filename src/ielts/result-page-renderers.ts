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

// Rows are joined into pieces of about this size when they are small (few socket writes), and
// written one by one when they are large (a photo's 11 KB), so that no large string is built only
// to be copied into a Buffer and dropped.
const PIECE_CHARS = 8 * 1024;

/** A page whose rows are all at hand, in one string. */
export function renderWhole(renderer: ResultPageRenderer, metadata: MessageMetadata, rows: string[], summary: ResultSummary): string {
  let text = renderer.head(metadata);
  for (let i = 0; i < rows.length; i++) text += renderer.row(rows[i], i);
  return text + renderer.tail(summary);
}

/** The page in pieces, as its rows arrive. */
export async function* renderPage(
  renderer: ResultPageRenderer,
  metadata: MessageMetadata,
  chunks: AsyncIterable<string[]>,
  summary: ResultSummary,
): AsyncGenerator<string> {
  let piece = renderer.head(metadata);
  let index = 0;
  for await (const chunk of chunks) {
    for (const row of chunk) {
      const text = renderer.row(row, index++);
      if (piece.length + text.length < PIECE_CHARS) {
        piece += text;
        continue;
      }
      if (piece) yield piece;
      piece = text;
    }
  }
  yield piece + renderer.tail(summary);
}

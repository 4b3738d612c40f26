import { jsonString } from '../common/json-string.js';
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

// The members in the contract's order: as JSON.stringify writes the objects the controller builds.
const METADATA_MEMBERS = [
  'messageRequestUid',
  'messageOriginator',
  'messageRequestDateTime',
  'previousResultSetUrl',
  'currentResultSetUrl',
  'nextResultSetUrl',
] as const satisfies ReadonlyArray<keyof MessageMetadata>;
const SUMMARY_MEMBERS = ['recordCount', 'totalRecordCount', 'page', 'limit', 'totalPages'] as const satisfies ReadonlyArray<keyof ResultSummary>;

export const JSON_PAGE: ResultPageRenderer = {
  mediaType: 'application/json; charset=utf-8',
  head: (metadata) => `{"messageMetadata":${jsonObject(metadata, METADATA_MEMBERS)},"results":[`,
  row: (resultJson, index) => (index === 0 ? resultJson : `,${resultJson}`),
  tail: (summary) => `],"resultSummary":${jsonObject(summary, SUMMARY_MEMBERS)}}`,
};

/**
 * What JSON.stringify writes for an object of these members, set in this order, each a string, a
 * number or null. Member by member rather than by the builtin, which walks the keys and sets up a
 * serializer on every call (680 ns for a lookup's metadata in a loop).
 */
function jsonObject<T extends object>(value: T, members: ReadonlyArray<keyof T & string>): string {
  let text = '';
  for (const member of members) {
    const item: unknown = value[member];
    if (item === undefined) continue;
    const json = typeof item === 'string' ? jsonString(item) : typeof item === 'number' && Number.isFinite(item) ? String(item) : JSON.stringify(item);
    text += `${text ? ',' : ''}"${member}":${json}`;
  }
  return `{${text}}`;
}

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

/**
 * The page in pieces, as its rows arrive. The summary comes last, so its `recordCount` is the rows
 * written: a page read in several statements can come out short when results leave the range while it
 * is read, and the count, read before the first, would then promise rows that never came.
 */
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
  yield piece + renderer.tail(index === summary.recordCount ? summary : { ...summary, recordCount: index });
}

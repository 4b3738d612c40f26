import { xmlElement } from '../common/xml.js';
import type { IeltsResult, MessageMetadata, ResultSummary } from './generated/ielts.dto.js';

/** How a verification response is written piece by piece, so that rows stream as they are read. */
export interface ResultPageRenderer {
  mediaType: string;
  head(metadata: MessageMetadata): string;
  row(result: IeltsResult, index: number): string;
  tail(summary: ResultSummary): string;
}

export const JSON_PAGE: ResultPageRenderer = {
  mediaType: 'application/json; charset=utf-8',
  head: (metadata) => `{"messageMetadata":${JSON.stringify(metadata)},"results":[`,
  row: (result, index) => `${index === 0 ? '' : ','}${JSON.stringify(result)}`,
  tail: (summary) => `],"resultSummary":${JSON.stringify(summary)}}`,
};

/** In XML each result is a `<result>` in `<results>`; null fields are left out. */
export const XML_PAGE: ResultPageRenderer = {
  mediaType: 'application/xml; charset=utf-8',
  head: (metadata) => `<?xml version="1.0" encoding="UTF-8"?>\n<resultVerificationResponse>${xmlElement('messageMetadata', metadata)}<results>`,
  row: (result) => xmlElement('result', result),
  tail: (summary) => `</results>${xmlElement('resultSummary', summary)}</resultVerificationResponse>\n`,
};

/** One string per chunk of rows: few, large socket writes rather than one per record. */
export async function* renderPage(renderer: ResultPageRenderer, metadata: MessageMetadata, chunks: AsyncIterable<IeltsResult[]>, summary: ResultSummary): AsyncGenerator<string> {
  yield renderer.head(metadata);
  let index = 0;
  for await (const chunk of chunks) yield chunk.map((row) => renderer.row(row, index++)).join('');
  yield renderer.tail(summary);
}

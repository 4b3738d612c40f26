import { JSON_PAGE, XML_PAGE, renderPage } from '../../src/ielts/result-page-renderers.js';

const METADATA = {
  messageRequestUid: 'a2c5e7f0-0000-4000-8000-000000000001',
  messageOriginator: 'IELTS',
  messageRequestDateTime: '2026-12-07T10:00:00.000Z',
  previousResultSetUrl: null,
  currentResultSetUrl: '/v1/ielts/results?startDateTime=2026-01-01',
  nextResultSetUrl: null,
};

async function* chunks(...lists: string[][]): AsyncGenerator<string[]> {
  for (const list of lists) yield list;
}

async function written(pieces: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const piece of pieces) text += piece;
  return text;
}

describe('a page written as its rows arrive', () => {
  const summary = { recordCount: 3, totalRecordCount: 3, page: 1, limit: 2000, totalPages: 1 };
  const rows = ['{"trfNumber":"A"}', '{"trfNumber":"B"}', '{"trfNumber":"C"}'];

  it('is byte for byte the whole page when every counted row comes', async () => {
    const text = await written(renderPage(JSON_PAGE, METADATA, chunks(rows.slice(0, 2), rows.slice(2)), summary));
    expect(text).toBe(JSON.stringify({ messageMetadata: METADATA, results: rows.map((row) => JSON.parse(row)), resultSummary: summary }));
  });

  it('counts the rows it wrote when fewer came than were counted, in JSON and XML', async () => {
    const short = JSON.parse(await written(renderPage(JSON_PAGE, METADATA, chunks(rows.slice(0, 2)), summary)));
    expect(short.results).toHaveLength(2);
    expect(short.resultSummary).toEqual({ ...summary, recordCount: 2 });
    const xml = await written(renderPage(XML_PAGE, METADATA, chunks(rows.slice(0, 1), []), summary));
    expect(xml).toContain('<resultSummary><recordCount>1</recordCount><totalRecordCount>3</totalRecordCount>');
  });
});

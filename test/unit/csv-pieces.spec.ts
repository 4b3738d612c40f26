import { stringify } from 'csv-stringify/sync';
import { csvPieces } from '../../src/fulfillment/csv-pieces.js';
import { turnsDuring } from '../support/event-loop-turns.js';

const HEADER = ['Test ID', 'Password', 'Test Type', 'Status', 'Assigned To'];
const TESTS = Array.from({ length: 4500 }, (_, i) => ({ id: `T${String(i).padStart(9, '0')}`, type: i % 7 ? 'Academic-Plus' : 'Type, "quoted"\nline' }));
const toRow = (test: { id: string; type: string }) => [test.id, `PW-${test.id}`, test.type, 'Ready', ''];

async function piecesOf(items: typeof TESTS): Promise<string[]> {
  const pieces: string[] = [];
  for await (const piece of csvPieces(HEADER, items, toRow)) pieces.push(piece);
  return pieces;
}

describe('csvPieces', () => {
  it('joined, writes what csv-stringify writes for all the rows at once', async () => {
    expect((await piecesOf(TESTS)).join('')).toBe(stringify([HEADER, ...TESTS.map(toRow)], { record_delimiter: 'windows' }));
  });

  it('lets the event loop run between pieces of a thousand rows', async () => {
    const { result: pieces, turns } = await turnsDuring(() => piecesOf(TESTS));
    // The header, then five pieces of rows.
    expect(pieces).toHaveLength(6);
    expect(turns).toBeGreaterThanOrEqual(5);
  });

  it('writes the header alone for no items', async () => {
    expect(await piecesOf([])).toEqual(['Test ID,Password,Test Type,Status,Assigned To\r\n']);
  });
});

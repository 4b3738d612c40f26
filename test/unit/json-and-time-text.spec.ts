import fc from 'fast-check';
import { isoTime } from '../../src/common/iso-time.js';
import { jsonString } from '../../src/common/json-string.js';
import { JSON_PAGE } from '../../src/ielts/result-page-renderers.js';

// Each helper writes exactly what the builtin it stands in for writes.
describe('text the builtins would write', () => {
  it('isoTime is toISOString, across seconds, milliseconds and years, asked in any order', () => {
    const times = fc.oneof(
      fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }),
      // Around second boundaries, where the cached date and time must change.
      fc.integer({ min: 1_764_979_200, max: 1_764_979_260 }).chain((s) => fc.integer({ min: s * 1000 - 2, max: s * 1000 + 2 })),
    );
    fc.assert(
      fc.property(fc.array(times, { minLength: 1, maxLength: 20 }), (all) => all.every((t) => isoTime(t) === new Date(t).toISOString())),
      {
        numRuns: 500,
      },
    );
    expect(isoTime(Date.UTC(2026, 11, 5, 21, 42, 38, 5))).toBe('2026-12-05T21:42:38.005Z');
    expect(isoTime(Date.UTC(2026, 11, 5, 21, 42, 38, 45))).toBe('2026-12-05T21:42:38.045Z');
  });

  it('jsonString is JSON.stringify for any string: quotes, backslashes, controls, non-ASCII, lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite' })),
        (text) => jsonString(text) === JSON.stringify(text),
      ),
      { numRuns: 2000 },
    );
    for (const text of ['', 'GET', '/v1/x?a=1&b="2"', 'a\\b', '\u0000\u001f\u007f', 'é', '\ud800', '\u2028'])
      expect(jsonString(text)).toBe(JSON.stringify(text));
  });

  it("the JSON page's head and tail are JSON.stringify of the metadata and summary the controller builds", () => {
    const url = fc.oneof(fc.constant(null), fc.string(), fc.webUrl());
    const metadata = fc.record(
      {
        messageRequestUid: fc.string(),
        messageOriginator: fc.constant('IELTS'),
        messageRequestDateTime: fc.string(),
        previousResultSetUrl: url,
        currentResultSetUrl: fc.string(),
        nextResultSetUrl: url,
      },
      { requiredKeys: ['messageRequestUid', 'messageOriginator', 'messageRequestDateTime', 'currentResultSetUrl'] },
    );
    const count = fc.integer({ min: 0, max: 2 ** 40 });
    const summary = fc.record({ recordCount: count, totalRecordCount: count, page: count, limit: count, totalPages: count }, { requiredKeys: ['recordCount'] });
    fc.assert(
      fc.property(metadata, summary, (m, s) => {
        expect(JSON_PAGE.head(m)).toBe(`{"messageMetadata":${JSON.stringify(m)},"results":[`);
        expect(JSON_PAGE.tail(s)).toBe(`],"resultSummary":${JSON.stringify(s)}}`);
      }),
      { numRuns: 1000 },
    );
  });
});

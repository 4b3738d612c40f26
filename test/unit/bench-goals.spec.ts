import { GOALS, goalVerdicts } from '../../bench/lib/goals.mjs';

describe("the bench's goals table (#14)", () => {
  const lookup = (ratio: number, p99Ratio: number) => ({ scenario: 'TRF lookup, Basic', connections: 16, ratio, p99Ratio });

  it('meets a goal at its threshold and misses it just past', () => {
    const [, atBoth] = goalVerdicts({ lookups: [lookup(GOALS.trfRatio, GOALS.trfP99Ratio)] });
    const [, slow] = goalVerdicts({ lookups: [lookup(0.89, 1)] });
    const [, late] = goalVerdicts({ lookups: [lookup(1, 1.21)] });
    expect([atBoth.verdict, slow.verdict, late.verdict]).toEqual(['met', 'not met', 'not met']);
    expect(slow.measured).toBe('0.89×, p99 1.00×');
  });

  it('reads the page against the database, the photos against both limits and fulfilment against duplicates', () => {
    const rows = goalVerdicts({
      lookups: [],
      page: { rps: 3 },
      databasePage: { tps: 7 },
      photos: { bodyMBps: 136, peakRssMb: 301 },
      fulfillment: { rate: 354, duplicates: 1 },
    });
    expect(rows.map((row) => row.verdict)).toEqual(['not measured', 'not run (trf, bearer)', 'not met', 'not met', 'not met']);
    expect(rows[2].measured).toBe('3.0 against 7.0 a second (0.43×)');
  });

  it('says which parts to run for a goal the run left out', () => {
    const rows = goalVerdicts({ lookups: [], page: { rps: 6.7 } });
    expect(rows.map((row) => row.verdict)).toEqual([
      'not measured',
      'not run (trf, bearer)',
      'not run (page, limits)',
      'not run (photos)',
      'not run (fulfillment)',
    ]);
  });

  it('holds the load to a minute for a million results, and says when the run loaded fewer', () => {
    const loaded = (results: number, seconds: number) => goalVerdicts({ load: { results, seconds }, lookups: [] })[0];
    expect(loaded(GOALS.loadResults, 59.9).verdict).toBe('met');
    expect(loaded(GOALS.loadResults, 60).verdict).toBe('not met');
    expect(loaded(GOALS.loadResults, 25.84).measured).toBe('1,000,000 in 25.8 s');
    expect(loaded(100_000, 3).verdict).toBe('not run (BENCH_RESULTS is smaller)');
  });
});

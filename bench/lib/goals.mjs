// The goals of #14, read against what one run of `npm run bench` measured: one row per goal, met or
// not, or not run when the parts it needs were left out. The bench asserts nothing; this table only
// says, in the run's own figures, where each goal stands.

/** The goals as the issue states them. */
export const GOALS = {
  trfRatio: 0.9,
  trfP99Ratio: 1.2,
  pageShareOfDatabase: 0.5,
  photoBodyMBps: 100,
  photoPeakRssMb: 300,
  fulfillmentPerSecond: 300,
  loadResults: 1_000_000,
  loadSeconds: 60,
};

const verdict = (ok) => (ok ? 'met' : 'not met');

/**
 * `measured`: { load?: { results, seconds }, lookups: [{ scenario, connections, ratio, p99Ratio }] (medians over the rounds),
 * page?: { rps }, databasePage?: { tps }, photos?: { bodyMBps, peakRssMb }, fulfillment?: { rate, duplicates } }.
 */
export function goalVerdicts(measured) {
  const rows = [];
  const { load } = measured;
  rows.push({
    goal: `loads ${GOALS.loadResults.toLocaleString('en')} results in under ${GOALS.loadSeconds} s`,
    measured: load ? `${load.results.toLocaleString('en')} in ${load.seconds.toFixed(1)} s` : '',
    verdict: !load ? 'not measured' : load.results < GOALS.loadResults ? 'not run (BENCH_RESULTS is smaller)' : verdict(load.seconds < GOALS.loadSeconds),
  });
  for (const { scenario, connections, ratio, p99Ratio } of measured.lookups) {
    rows.push({
      goal: `${scenario}, ${connections} connections: ≥ ${GOALS.trfRatio}× the reference's req/s, p99 ≤ ${GOALS.trfP99Ratio}×`,
      measured: `${ratio.toFixed(2)}×, p99 ${p99Ratio.toFixed(2)}×`,
      verdict: verdict(ratio >= GOALS.trfRatio && p99Ratio <= GOALS.trfP99Ratio),
    });
  }
  if (measured.lookups.length === 0)
    rows.push({ goal: `TRF lookup: ≥ ${GOALS.trfRatio}× the reference's req/s, p99 ≤ ${GOALS.trfP99Ratio}×`, measured: '', verdict: 'not run (trf, bearer)' });
  const { page, databasePage } = measured;
  rows.push({
    goal: `2000-record page: ≥ ${GOALS.pageShareOfDatabase}× the database's own rate (pgbench)`,
    measured:
      page && databasePage ? `${page.rps.toFixed(1)} against ${databasePage.tps.toFixed(1)} a second (${(page.rps / databasePage.tps).toFixed(2)}×)` : '',
    verdict: page && databasePage ? verdict(page.rps >= GOALS.pageShareOfDatabase * databasePage.tps) : 'not run (page, limits)',
  });
  const { photos } = measured;
  rows.push({
    goal: `photo pages, 50 connections: ≥ ${GOALS.photoBodyMBps} MB/s of body, peak RSS ≤ ${GOALS.photoPeakRssMb} MB`,
    measured: photos ? `${Math.round(photos.bodyMBps)} MB/s, ${photos.peakRssMb} MB` : '',
    verdict: photos ? verdict(photos.bodyMBps >= GOALS.photoBodyMBps && photos.peakRssMb <= GOALS.photoPeakRssMb) : 'not run (photos)',
  });
  const { fulfillment } = measured;
  rows.push({
    goal: `signed fulfilment allocations: ≥ ${GOALS.fulfillmentPerSecond} a second, none given twice`,
    measured: fulfillment ? `${fulfillment.rate} a second, ${fulfillment.duplicates} given twice` : '',
    verdict: fulfillment ? verdict(fulfillment.rate >= GOALS.fulfillmentPerSecond && fulfillment.duplicates === 0) : 'not run (fulfillment)',
  });
  return rows;
}

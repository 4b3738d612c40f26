// Signed test-ID allocations (obtainTestId) from the sandbox's Local Administrator: how many per
// second, and whether any test ID went to two candidates.
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { signatureHeaderValue } from '../../dist/src/fulfillment/request-signature.js';
import { cpuSeconds } from './processes.mjs';
import { threeDigits } from './figures.mjs';

const KEY = { keyId: 'fk_demo_gtx_academic_plus', secret: 'fsk_demo_gtx_academic_plus_secret' };
const CLIENT = `Basic ${Buffer.from('demo-fulfillment-la:demo-fulfillment-la-secret').toString('base64')}`;
const INVENTORY = 200_000;
// The sandbox client's daily quota (10,000) would cap the rate on a quick machine, and the bench would
// measure the quota's 429s; the quota is lifted for the run (the change clears the server's auth cache).
const BENCH_QUOTA = 2_000_000_000;

/** The answers other than 2xx by status, `409×3 429×12` (what the errors column counts). */
const otherStatuses = (stats = {}) =>
  Object.entries(stats)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, { count }]) => `${status}×${count}`)
    .join(' ') || 'none';

export async function fulfillmentAllocation({ port, databaseUrl, pid, seconds, connections = 16 }) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(`INSERT INTO fulfillment_tests (test_id, organisation_id, test_type, password)
      SELECT 'BENCH' || lpad(g::text, 8, '0'), o.id, 'Academic-Plus', 'pw' || g FROM generate_series(1, ${INVENTORY}) g, organisations o WHERE o.code = 'LA-0701'`);
    await db.query('ANALYZE fulfillment_tests');
    await db.query('UPDATE api_clients SET daily_quota = $1 WHERE client_id = $2', [BENCH_QUOTA, 'demo-fulfillment-la']);
    const cpuBefore = cpuSeconds(pid);
    let sequence = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: seconds,
      requests: [
        {
          setupRequest: (request) => {
            const body = JSON.stringify({ 'product-code': 'GTX-Academic-Plus', 'assigned-to': { name: `Bench candidate ${++sequence}` } });
            const signature = signatureHeaderValue(KEY.keyId, KEY.secret, body, Math.floor(Date.now() / 1000), randomBytes(12).toString('hex'));
            return {
              ...request,
              method: 'POST',
              path: '/v1/fulfillment/test-ids',
              body,
              headers: { authorization: CLIENT, 'content-type': 'application/json', 'x-fulfillment-signature': signature },
            };
          },
        },
      ],
    });
    const cpu = cpuSeconds(pid) - cpuBefore;
    const {
      rows: [{ allocated, duplicates }],
    } = await db.query(`SELECT count(*)::int AS allocated,
        (SELECT count(*)::int FROM (SELECT test_id FROM fulfillment_fulfilments GROUP BY test_id HAVING count(*) > 1) d) AS duplicates
      FROM fulfillment_tests WHERE test_id LIKE 'BENCH%' AND assigned_to IS NOT NULL`);
    return {
      'allocations/s': Math.round(result['2xx'] / seconds),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      'CPU ms/req': threeDigits((cpu * 1000) / Math.max(1, result['2xx'])),
      '201 answers': result['2xx'],
      'tests assigned': allocated,
      'test IDs given twice': duplicates,
      errors: result.errors + result.timeouts + result.non2xx,
      'non-2xx statuses': otherStatuses(result.statusCodeStats),
    };
  } finally {
    await db.end();
  }
}

// `npm run bench:pair`: two processes of the project on one database, A and B, driven with the same
// TRF lookups (or 2000-record pages, PAIR_SCENARIO=pages, or photo pages, photos) in alternating rounds (ABBA…, since
// the machine drifts), each round reading the server's, PostgreSQL's and the whole machine's CPU a
// request (and how much of the server's went to V8's helper threads), the body rate, the peak RSS, a
// scavenge's mean length and the quota leases it took. For a change too small for the bench's ratio to
// the reference: two builds (PAIR_A_MAIN, the other checkout's built dist/src/main.js), two settings
// (PAIR_A_ENV / PAIR_B_ENV, JSON), two sets of Node flags (PAIR_A_NODE_FLAGS / PAIR_B_NODE_FLAGS,
// added to npm start's) of the same one, or two sets of request headers (PAIR_A_HEADERS /
// PAIR_B_HEADERS, JSON, added to each request's: `{"accept-encoding":"gzip"}` for compressed pages,
// whose body is then counted as it comes on the wire). Asserts nothing.
//
// Settings: PAIR_A_MAIN, PAIR_B_MAIN (dist/src/main.js), PAIR_A_ENV, PAIR_B_ENV ({}), PAIR_A_NODE_FLAGS,
// PAIR_B_NODE_FLAGS (none), PAIR_A_HEADERS, PAIR_B_HEADERS ({}), PAIR_SCENARIO (trf, pages or photos),
// BENCH_RESULTS (200000), BENCH_SECONDS per round (8), BENCH_ROUNDS (8), BENCH_CONNECTIONS (16; 50 for photos),
// BENCH_WARM_UP_SECONDS (15),
// BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres: where the bench database is created).
import pg from 'pg';
import { BASIC_AUTHORIZATIONS, ROS, loadResults, pageRequest, trfLookup } from './lib/load-results.mjs';
import { PEPPER, PROJECT_NODE_FLAGS, projectEnv } from './lib/server-env.mjs';
import { drive } from './lib/drive.mjs';
import { driveBulk } from './lib/drive-bulk.mjs';
import { helperThreadsCpuSeconds, machineCpuSeconds, peakRssMb, postgresCpuSeconds, resetPeakRss, startNode, stop } from './lib/processes.mjs';
import { createBenchDatabase } from './lib/bench-database.mjs';
import { SLOW_SCAVENGE_FACTOR, gcMetrics, msAScavenge } from './lib/gc-metrics.mjs';

const RESULTS = Number(process.env.BENCH_RESULTS ?? 200_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const PHOTOS = process.env.PAIR_SCENARIO === 'photos';
const PAGES = PHOTOS || process.env.PAIR_SCENARIO === 'pages';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? (PHOTOS ? 50 : 16));
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 15);
const sideOf = (name, port) => ({
  main: process.env[`PAIR_${name}_MAIN`] ?? 'dist/src/main.js',
  env: JSON.parse(process.env[`PAIR_${name}_ENV`] ?? '{}'),
  nodeFlags: [...PROJECT_NODE_FLAGS, ...(process.env[`PAIR_${name}_NODE_FLAGS`] ?? '').split(' ').filter(Boolean)],
  headers: JSON.parse(process.env[`PAIR_${name}_HEADERS`] ?? '{}'),
  port,
  url: `http://127.0.0.1:${port}`,
});
const SIDES = { A: sideOf('A', 3981), B: sideOf('B', 3982) };
const ready = (side) => `${side.url}/health/ready`;

/** Updates of the quota's table so far: one per lease, as the backends have reported them. */
async function quotaUpdates() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT n_tup_upd::int AS updates FROM pg_stat_user_tables WHERE relname = 'client_quota_usage'");
    return rows[0]?.updates ?? 0;
  } finally {
    await client.end();
  }
}

const children = [];
const database = await createBenchDatabase('bench_pair');
const databaseUrl = database.url;
try {
  // As in `npm run bench`: a set-up process migrates, then both measured processes start after it.
  await stop(await startNode(SIDES.B.main, projectEnv(databaseUrl, SIDES.B.port), ready(SIDES.B), PROJECT_NODE_FLAGS));
  await loadResults(databaseUrl, { results: RESULTS, pepper: PEPPER });
  for (const side of Object.values(SIDES)) {
    side.child = await startNode(side.main, projectEnv(databaseUrl, side.port, side.env), ready(side), side.nodeFlags);
    children.push(side.child);
  }
  const results = Math.floor(RESULTS / ROS) * ROS;
  // Each RO's pages of 2000; RO 0's results carry photos (as in `npm run bench`'s photo part), the others' pages are plain.
  const pages = Math.max(1, Math.floor(results / ROS / 2000));
  const page = () => 1 + Math.floor(Math.random() * pages);
  const next = PHOTOS
    ? () => pageRequest(0, page(), true)
    : PAGES
      ? () => pageRequest(1 + Math.floor(Math.random() * (ROS - 1)), page(), false)
      : () => trfLookup(Math.floor(Math.random() * results), BASIC_AUTHORIZATIONS);
  const driver = PAGES ? driveBulk : drive;
  const target = (side, seconds) => ({
    url: side.url,
    pids: [side.child.pid],
    connections: CONNECTIONS,
    seconds,
    next: () => {
      const request = next();
      return { ...request, headers: { ...request.headers, ...side.headers } };
    },
  });
  for (const side of Object.values(SIDES)) await driver(target(side, WARM_UP_SECONDS));
  const rows = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of round % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
      const updates = await quotaUpdates();
      resetPeakRss(SIDES[name].child.pid);
      const gcBefore = await gcMetrics(SIDES[name].url);
      const [databaseCpu, machineCpu, helpersCpu] = [postgresCpuSeconds(), machineCpuSeconds(), helperThreadsCpuSeconds(SIDES[name].child.pid)];
      const measured = await driver(target(SIDES[name], SECONDS));
      const helpersUsed = helperThreadsCpuSeconds(SIDES[name].child.pid) - helpersCpu;
      const gcAfter = await gcMetrics(SIDES[name].url);
      const { served } = measured;
      const perRequestUs = (seconds) => Math.round((seconds * 1e6) / Math.max(1, served));
      const row = {
        round,
        side: name,
        'req/s': +measured.rps.toFixed(1),
        'server µs/req': Math.round(measured.cpuMsPerRequest * 1000),
        'of it helpers µs/req': perRequestUs(helpersUsed),
        'database µs/req': perRequestUs(postgresCpuSeconds() - databaseCpu),
        'machine µs/req': perRequestUs(machineCpuSeconds() - machineCpu),
        'p99 ms': Number(measured.p99.toFixed(1)),
        'body MB/s': Math.round(measured.bodyMBps),
        'KB/resp': Math.round(measured.bytesPerResponse / 1000),
        'peak RSS MB': peakRssMb(SIDES[name].child.pid),
        'ms a scavenge': +msAScavenge(gcBefore, gcAfter).toFixed(2),
        errors: measured.errors,
      };
      // A busy backend reports its statistics about once a second: read a second after the round, the count
      // covers a window as long as the round's, shifted by about a second.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      row['leases per 1,000'] = Math.round(((await quotaUpdates()) - updates) / (served / 10_000)) / 10;
      rows.push(row);
    }
  }
  console.table(rows);
  const mean = (name, field) => {
    const own = rows.filter((row) => row.side === name);
    return own.reduce((sum, row) => sum + row[field], 0) / own.length;
  };
  const fields = [
    'req/s',
    'server µs/req',
    'of it helpers µs/req',
    'database µs/req',
    'machine µs/req',
    'p99 ms',
    'body MB/s',
    'KB/resp',
    'peak RSS MB',
    'ms a scavenge',
    'leases per 1,000',
  ];
  console.log(`\nmeans over ${ROUNDS} rounds of ${SECONDS} s at ${CONNECTIONS} connections (B / A: the ratio)`);
  console.table(
    fields.map((field) => ({
      field,
      A: +mean('A', field).toFixed(1),
      B: +mean('B', field).toFixed(1),
      'B / A': +(mean('B', field) / mean('A', field)).toFixed(3),
    })),
  );
  // Some processes ran, for their whole life, with twice the scavenge survivors (docs/performance.md,
  // #14, eleventh and twelfth parts): their scavenges took two to four times as long as a healthy
  // process's. Such a side is not its build's figure. A side that collects without helpers has longer scavenges anyway.
  const [scavengeA, scavengeB] = ['A', 'B'].map((name) => mean(name, 'ms a scavenge'));
  const collectsAlone = Object.values(SIDES).some((side) => side.nodeFlags.includes('--single-threaded-gc'));
  if (!collectsAlone && Math.max(scavengeA, scavengeB) > SLOW_SCAVENGE_FACTOR * Math.min(scavengeA, scavengeB))
    console.log(
      `\nside ${scavengeA > scavengeB ? 'A' : 'B'}'s scavenges took ${Math.max(scavengeA, scavengeB).toFixed(2)} ms against ${Math.min(scavengeA, scavengeB).toFixed(2)}: ` +
        'that process is probably in the slow garbage-collection state; run the pair again before reading B / A.',
    );
} finally {
  for (const child of children) await stop(child);
  await database.drop();
}

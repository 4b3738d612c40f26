// `npm run bench:gc-state`: how many processes of the project fall into the slow garbage-collection
// state (docs/performance.md, #14's twelfth part), for each set of Node flags. Processes are started one
// after another on one database (the flag sets taking turns), each warmed and then driven with TRF
// lookups, and each row says what its lookups cost, how big its old generation is and how long its
// scavenges take. A process whose scavenges take over 1.7 times the run's median is counted as slow:
// in that state each scavenge copies the requests' objects it should have found dead, and they are
// promoted. Asserts nothing.
//
// Settings: GC_STATE_PROCESSES per flag set (12), GC_STATE_FLAGS (JSON, a name for each set of Node
// flags added to npm start's; default: npm start's alone, and with V8's allocation-site pretenuring
// back on), BENCH_RESULTS (200000), BENCH_SECONDS measured (6), BENCH_WARM_UP_SECONDS (10),
// BENCH_CONNECTIONS (16), BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres).
import { BASIC_AUTHORIZATIONS, ROS, loadResults, trfLookup } from './lib/load-results.mjs';
import { PEPPER, PROJECT_NODE_FLAGS, projectEnv } from './lib/server-env.mjs';
import { drive } from './lib/drive.mjs';
import { median } from './lib/percentile.mjs';
import { SLOW_SCAVENGE_FACTOR, gcMetrics, msAScavenge } from './lib/gc-metrics.mjs';
import { helperThreadsCpuSeconds, peakRssMb, startNode, stop } from './lib/processes.mjs';
import { createBenchDatabase } from './lib/bench-database.mjs';

const PROCESSES = Number(process.env.GC_STATE_PROCESSES ?? 12);
const FLAG_SETS = JSON.parse(process.env.GC_STATE_FLAGS ?? '{"npm start":[],"pretenuring on":["--allocation-site-pretenuring"]}');
const RESULTS = Number(process.env.BENCH_RESULTS ?? 200_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const PORT = 3983;
const url = `http://127.0.0.1:${PORT}`;
const results = Math.floor(RESULTS / ROS) * ROS;
const next = () => trfLookup(Math.floor(Math.random() * results), BASIC_AUTHORIZATIONS);

/** A process of the project on the bench database, with these Node flags after npm start's. */
const startProject = (flags) => startNode('dist/src/main.js', projectEnv(databaseUrl, PORT), `${url}/health/ready`, [...PROJECT_NODE_FLAGS, ...flags]);

/** One process with these flags: warmed, then measured. */
async function measureOne(flags) {
  const child = await startProject(flags);
  try {
    await drive({ url, pids: [child.pid], connections: CONNECTIONS, seconds: WARM_UP_SECONDS, next });
    const [before, helpersBefore] = [await gcMetrics(url), helperThreadsCpuSeconds(child.pid)];
    const measured = await drive({ url, pids: [child.pid], connections: CONNECTIONS, seconds: SECONDS, next });
    const [after, helpers] = [await gcMetrics(url), helperThreadsCpuSeconds(child.pid) - helpersBefore];
    const scavenges = after.scavenges - before.scavenges;
    return {
      'req/s': Math.round(measured.rps),
      'server µs/req': Math.round(measured.cpuMsPerRequest * 1000),
      'of it helpers µs/req': Math.round((helpers * 1e6) / Math.max(1, measured.served)),
      'scavenges/s': +(scavenges / SECONDS).toFixed(1),
      'ms a scavenge': +msAScavenge(before, after).toFixed(2),
      'old space MB': Math.round(after.oldSpaceMb),
      'peak RSS MB': peakRssMb(child.pid),
      'p99 ms': Number(measured.p99.toFixed(1)),
    };
  } finally {
    await stop(child);
  }
}

const database = await createBenchDatabase('bench_gc');
const databaseUrl = database.url;
try {
  // As in `npm run bench`: a set-up process migrates, then the measured processes start after it.
  await stop(await startProject([]));
  await loadResults(databaseUrl, { results: RESULTS, pepper: PEPPER });
  const rows = [];
  for (let index = 0; index < PROCESSES; index++) {
    for (const [name, flags] of Object.entries(FLAG_SETS)) {
      rows.push({ flags: name, ...(await measureOne(flags)) });
      console.log(JSON.stringify(rows.at(-1)));
    }
  }
  const slowAbove = SLOW_SCAVENGE_FACTOR * median(rows.map((row) => row['ms a scavenge']));
  for (const row of rows) row.slow = row['ms a scavenge'] > slowAbove ? 'yes' : '';
  console.table(rows);
  console.log(`\nslow: a scavenge over ${slowAbove.toFixed(2)} ms (${SLOW_SCAVENGE_FACTOR} × the run's median)`);
  console.table(
    Object.keys(FLAG_SETS).map((name) => {
      const own = rows.filter((row) => row.flags === name);
      const healthy = own.filter((row) => !row.slow);
      return {
        flags: name,
        processes: own.length,
        slow: own.length - healthy.length,
        'server µs/req, median of the healthy': median(healthy.map((row) => row['server µs/req'])),
        'server µs/req, median of all': median(own.map((row) => row['server µs/req'])),
        'p99 ms, median of all': median(own.map((row) => row['p99 ms'])),
      };
    }),
  );
} finally {
  await database.drop();
}

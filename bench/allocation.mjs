// `npm run bench:allocation`: what a TRF lookup allocates in each server's JavaScript heap, the
// objects the collector has already taken included: V8's sampling heap profiler
// (bench/lib/allocation-probe.mjs), switched on over a counted number of lookups. Bytes allocated
// are what the garbage collector must later deal with, and unlike seconds they hardly depend on what
// the machine's neighbours are doing: two rounds of one build agree to about 1%, where its
// lookups a second move by a fifth. Each server is warmed up, then counted in ROUNDS rounds taken in
// turn; the table gives the median KB a lookup with its min–max and the ratio to the reference, then
// where the bytes are allocated, by the code's origin and, with BENCH_TOP, by function. Asserts nothing.
//
// Settings: BENCH_RESULTS (100000), BENCH_LOOKUPS counted a round (20000), BENCH_WARM_UP (20000),
// BENCH_ROUNDS (3), BENCH_CONNECTIONS (16), BENCH_TOP (functions listed for each server; 0),
// BENCH_STACKS (a regular expression: the caller chains under which the functions it matches allocate),
// BENCH_ALLOCATION_NODE_FLAGS (added to every server's), BENCH_BASELINE (another built checkout of the
// project, counted as `baseline`), BENCH_DATABASE_URL.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadResults } from './lib/load-results.mjs';
import { countedLookups } from './lib/counted-lookups.mjs';
import { median } from './lib/percentile.mjs';
import { PEPPER, PROJECT_NODE_FLAGS, projectEnv, referenceEnv } from './lib/server-env.mjs';
import { startNode, stop } from './lib/processes.mjs';
import { createBenchDatabase } from './lib/bench-database.mjs';
import { originOfSource } from './lib/code-origin.mjs';

const RESULTS = Number(process.env.BENCH_RESULTS ?? 100_000);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 20_000);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const TOP = Number(process.env.BENCH_TOP ?? 0);
const BASELINE = process.env.BENCH_BASELINE;
const STACKS = process.env.BENCH_STACKS ?? '';
// V8 flags for every server: --no-turbo-inlining names each function's own bytes (the profiler
// counts an inlined function's allocations as its caller's), at the price of different totals.
const PROBE = [
  '--import',
  join(import.meta.dirname, 'lib/allocation-probe.mjs'),
  ...(process.env.BENCH_ALLOCATION_NODE_FLAGS ?? '').split(' ').filter(Boolean),
];
const outDir = mkdtempSync(join(tmpdir(), 'bench-allocation-'));

const servers = [
  { name: 'project', script: 'dist/src/main.js', port: 3961, ready: '/health/ready', env: projectEnv, flags: PROJECT_NODE_FLAGS },
  { name: 'reference', script: 'bench/lib/reference-server.mjs', port: 3962, ready: '/ready', env: referenceEnv, flags: [] },
  ...(BASELINE
    ? [{ name: 'baseline', script: join(BASELINE, 'dist/src/main.js'), port: 3963, ready: '/health/ready', env: projectEnv, flags: PROJECT_NODE_FLAGS }]
    : []),
];

/** `amount` lookups, the same ones in the same order for every server. */
const lookups = (port, amount) => countedLookups({ port, connections: CONNECTIONS, amount, results: RESULTS, timeoutSeconds: 60 });

/** Signals the probe and waits for what it writes in answer. */
async function probe(server) {
  const file = join(outDir, `${server.name}.json`);
  rmSync(file, { force: true });
  server.child.kill('SIGUSR2');
  for (let waited = 0; waited < 60_000; waited += 20) {
    if (existsSync(file)) {
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // Still being written.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${server.name}: the allocation probe did not answer`);
}

/** One counted round: bytes a lookup, in all and by function. */
async function round(server) {
  await probe(server);
  await lookups(server.port, LOOKUPS);
  const { functions, stacks } = await probe(server);
  const perLookup = (bytes) => Object.fromEntries(Object.entries(bytes).map(([name, count]) => [name, count / LOOKUPS]));
  return { total: Object.values(functions).reduce((sum, bytes) => sum + bytes, 0) / LOOKUPS, functions: perLookup(functions), stacks: perLookup(stacks) };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

/** A profile key with its file's path relative to the project. */
const shortName = (key) => key.replaceAll('file://', '').replaceAll(`${process.cwd()}/`, '');

/** Where a function's bytes were allocated: the origin of the file in its profile key. */
const originOfKey = (key) => originOfSource(key.slice(key.indexOf(' ') + 1).replace(/:\d+$/, ''));

const database = await createBenchDatabase('bench_alloc');
const databaseUrl = database.url;
try {
  // The project migrates the empty database; the bench data goes in beside its tables.
  await stop(await startNode(servers[0].script, projectEnv(databaseUrl, servers[0].port), `http://127.0.0.1:${servers[0].port}/health/ready`));
  await loadResults(databaseUrl, { results: RESULTS, pepper: PEPPER });
  for (const server of servers) {
    server.child = await startNode(
      server.script,
      { ...server.env(databaseUrl, server.port), ALLOCATION_PROBE_OUT: join(outDir, `${server.name}.json`), ALLOCATION_PROBE_STACKS: STACKS },
      `http://127.0.0.1:${server.port}${server.ready}`,
      [...server.flags, ...PROBE],
    );
    await lookups(server.port, WARM_UP);
    server.rounds = [];
  }
  for (let r = 0; r < ROUNDS; r++) for (const server of r % 2 === 0 ? servers : [...servers].reverse()) server.rounds.push(await round(server));

  const reference = median(servers[1].rounds.map((m) => m.total));
  console.log(`\nTRF lookup, Basic, ${CONNECTIONS} connections: JavaScript heap allocated a lookup (${ROUNDS} rounds of ${LOOKUPS} after ${WARM_UP})`);
  console.table(
    servers.map(({ name, rounds }) => {
      const totals = rounds.map((m) => m.total);
      return {
        server: name,
        'KB a lookup': `${kb(median(totals))} (${kb(Math.min(...totals))}–${kb(Math.max(...totals))})`,
        'ratio to the reference': (median(totals) / reference).toFixed(2),
      };
    }),
  );
  // Each function's median over the rounds, so that the rows add up to about the total above.
  for (const server of servers) {
    const names = new Set(server.rounds.flatMap((m) => Object.keys(m.functions)));
    server.functions = new Map([...names].map((name) => [name, median(server.rounds.map((m) => m.functions[name] ?? 0))]));
    server.origins = new Map();
    for (const [name, bytes] of server.functions) server.origins.set(originOfKey(name), (server.origins.get(originOfKey(name)) ?? 0) + bytes);
  }
  console.log('\nWhere the bytes are allocated, by the origin of the allocating code (KB a lookup)');
  const origins = [...new Set(servers.flatMap((s) => [...s.origins.keys()]))].sort(
    (a, b) => (servers[0].origins.get(b) ?? 0) - (servers[0].origins.get(a) ?? 0),
  );
  console.table(origins.map((origin) => ({ origin, ...Object.fromEntries(servers.map((s) => [s.name, kb(s.origins.get(origin) ?? 0)])) })));
  for (const server of TOP > 0 ? servers : []) {
    console.log(`\n${server.name}: the ${TOP} functions that allocate most (bytes a lookup, by themselves)`);
    const top = [...server.functions].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    console.table(top.map(([name, bytes]) => ({ function: shortName(name), bytes: Math.round(bytes) })));
  }
  for (const server of STACKS ? servers : []) {
    console.log(`\n${server.name}: who makes the functions BENCH_STACKS names allocate (bytes a lookup, last round; callers after <)`);
    const stacks = Object.entries(server.rounds.at(-1).stacks).sort((a, b) => b[1] - a[1]);
    for (const [chain, bytes] of stacks) console.log(`${String(Math.round(bytes)).padStart(6)}  ${shortName(chain)}`);
  }
} finally {
  for (const server of servers) await stop(server.child);
  await database.drop();
  rmSync(outDir, { recursive: true, force: true });
}

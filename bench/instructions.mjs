// `npm run bench:instructions`: what a TRF lookup costs each server in machine instructions, counted
// by valgrind's callgrind rather than timed. Seconds on this shared machine move by a fifth from run to
// run; an instruction count does not depend on what the neighbours do. Within a run the reference's
// repeats to 0.1% and the project's to about 3%, but between runs both move with how far V8 has
// optimised and which inline caches it took (the reference read 240k to 326k a lookup in December), so
// only a difference of about a tenth separates two builds. The servers run under callgrind with
// counting off while they start and warm up; then one connection (BENCH_CONNECTIONS) drives WARM_UP
// lookups, counting is switched on, LOOKUPS are driven and discarded (the switch's own cost), and
// LOOKUPS more are counted. The main thread's count
// is what a lookup costs in JavaScript, Node and V8 on the event loop; "all threads" adds V8's
// compiler and garbage-collector helpers. PostgreSQL is not counted. Asserts nothing.
//
// The warm-up is long because under callgrind V8's optimising compiler, on threads of its own, falls
// far behind the event loop: after 8,000 lookups the project's main thread still ran some of its hot
// code unoptimised (398–443k instructions a lookup, against 370–374k after 32,000) and its compiler
// threads were still at about 230k a lookup (85–105k after 32,000). With BENCH_NAME_JS=1 the servers
// also run with --perf-basic-prof, the JIT code in the main thread's count is named
// (bench/lib/callgrind-names.mjs) and a table shows where each server's instructions go.
//
// Settings: BENCH_RESULTS (100000), BENCH_LOOKUPS (2000), BENCH_WARM_UP (30000), BENCH_SERVERS
// (project,reference,Nest: which to count; also direct, the lookup on a hand-written route), BENCH_BASELINE
// (another built checkout of the project, counted as `baseline`), BENCH_NAME_JS, BENCH_KEEP (keep the
// callgrind files and JIT maps), BENCH_CACHE_SIM (simulate the caches too: L1 and last-level misses a
// lookup), BENCH_CONNECTIONS (1), BENCH_DATABASE_URL, BENCH_REFERENCE_HOOKS (`<n>,<m>`: the reference
// with n onRequest and m onResponse hooks that do nothing, as Nest's adapter adds to every request; a
// diagnostic).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIRECT_PREFIX } from './lib/direct-prefix.mjs';
import { byOrigin, perfMapFile, readPerfMap, selfCounts } from './lib/callgrind-names.mjs';
import { loadResults } from './lib/load-results.mjs';
import { countedLookups } from './lib/counted-lookups.mjs';
import { PEPPER, PROJECT_NODE_FLAGS, projectEnv, referenceEnv } from './lib/server-env.mjs';
import { startNode, stop } from './lib/processes.mjs';
import { createBenchDatabase } from './lib/bench-database.mjs';

const RESULTS = Number(process.env.BENCH_RESULTS ?? 100_000);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 2000);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 30_000);
const NAME_JS = !!process.env.BENCH_NAME_JS;
const CACHE_SIM = !!process.env.BENCH_CACHE_SIM;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 1);
const BASELINE = process.env.BENCH_BASELINE;
// `<n>,<m>`: the reference with n onRequest and m onResponse hooks that do nothing (a diagnostic).
const REFERENCE_HOOKS = process.env.BENCH_REFERENCE_HOOKS ?? '';
const SERVERS = (process.env.BENCH_SERVERS ?? `project,reference,Nest${BASELINE ? ',baseline' : ''}`).split(',');
const outDir = mkdtempSync(join(tmpdir(), 'bench-instructions-'));

const servers = [
  {
    name: 'project',
    script: 'dist/src/main.js',
    port: 3971,
    ready: '/health/ready',
    env: (port) => projectEnv(databaseUrl, port),
    flags: PROJECT_NODE_FLAGS,
  },
  {
    name: 'reference',
    script: 'bench/lib/reference-server.mjs',
    port: 3972,
    ready: '/ready',
    env: (port) => ({ ...referenceEnv(databaseUrl, port), REFERENCE_HOOKS }),
    flags: [],
  },
  // Another build of the project (a checkout built with `npm run build`), under the same conditions.
  // Its count still moves by several per cent from run to run with how far V8's optimising compiler
  // has got, side by side or not: repeat both builds and compare the spreads, not one pair.
  ...(BASELINE
    ? [
        {
          name: 'baseline (BENCH_BASELINE)',
          script: join(BASELINE, 'dist/src/main.js'),
          port: 3974,
          ready: '/health/ready',
          env: (port) => projectEnv(databaseUrl, port),
          flags: PROJECT_NODE_FLAGS,
        },
      ]
    : []),
  // The project with the lookup also on a hand-written Fastify route, around Nest's router (bench/lib/project-without-router-server.mjs).
  {
    name: 'direct (around Nest)',
    script: 'bench/lib/project-without-router-server.mjs',
    port: 3975,
    ready: '/health/ready',
    prefix: DIRECT_PREFIX,
    env: (port) => projectEnv(databaseUrl, port),
    flags: PROJECT_NODE_FLAGS,
  },
  {
    name: 'Nest alone (floor)',
    script: 'bench/lib/nest-floor-server.mjs',
    port: 3973,
    ready: '/ready',
    env: (port) => referenceEnv(databaseUrl, port),
    flags: [],
  },
];

/** The same lookups, in the same order, for every server. */
const lookups = ({ port, prefix }, amount) => countedLookups({ port, prefix, connections: CONNECTIONS, amount, results: RESULTS, timeoutSeconds: 120 });

/** Each event's total in a callgrind file (Ir alone, or with BENCH_CACHE_SIM the simulated cache's misses too). */
function events(name) {
  const text = readFileSync(join(outDir, name), 'utf8');
  const names = /^events: (.*)$/m.exec(text)?.[1].split(' ') ?? [];
  const totals = /^summary: (.*)$/m.exec(text)?.[1].split(' ').map(Number) ?? [];
  return Object.fromEntries(names.map((event, i) => [event, totals[i] ?? 0]));
}

/** Per lookup in the second dump: the main thread's (file -01) and all threads' instructions, and the main thread's simulated cache misses. */
function counted(file) {
  const perThread = readdirSync(outDir)
    .filter((name) => name.startsWith(`${file}.2-`))
    .map((name) => ({ name, events: events(name) }));
  const main = perThread.find((t) => t.name.endsWith('-01'))?.events ?? {};
  const misses = CACHE_SIM
    ? {
        l1i: main.I1mr / LOOKUPS,
        l1d: (main.D1mr + main.D1mw) / LOOKUPS,
        ll: (main.ILmr + main.DLmr + main.DLmw) / LOOKUPS,
      }
    : undefined;
  return { main: (main.Ir ?? NaN) / LOOKUPS, all: perThread.reduce((sum, t) => sum + (t.events.Ir ?? 0), 0) / LOOKUPS, misses };
}

async function measure(server) {
  const file = `${server.name.split(' ')[0]}.out`;
  const flags = NAME_JS ? [...server.flags, '--perf-basic-prof'] : server.flags;
  const child = await startNode(server.script, server.env(server.port), `http://127.0.0.1:${server.port}${server.ready}`, flags, {
    under: [
      'valgrind',
      '--tool=callgrind',
      '--instr-atstart=no',
      '--separate-threads=yes',
      '--smc-check=all-non-file',
      ...(CACHE_SIM ? ['--cache-sim=yes'] : []),
      `--callgrind-out-file=${join(outDir, file)}`,
    ],
    readyWithinMs: 600_000,
    stderr: process.env.BENCH_KEEP ? 'inherit' : 'ignore',
  });
  try {
    // With the server's own environment: vgdb finds the process by a file named after USER and HOST, and the project is given HOST.
    const control = (...args) =>
      execFileSync('callgrind_control', [...args, String(child.pid)], {
        env: { ...process.env, ...server.env(server.port) },
        stdio: process.env.BENCH_KEEP ? 'inherit' : 'ignore',
      });
    await lookups(server, WARM_UP);
    control('-i', 'on');
    await lookups(server, LOOKUPS);
    control('-d');
    await lookups(server, LOOKUPS);
    control('-d');
    control('-i', 'off');
  } finally {
    await stop(child);
  }
  return { ...counted(file), ...(NAME_JS ? named(file, child.pid) : {}) };
}

/** The main thread's second dump with its JIT code named: instructions per lookup by origin, and each function's (kept with BENCH_KEEP). */
function named(file, pid) {
  const counts = selfCounts(join(outDir, `${file}.2-01`), readPerfMap(pid));
  // Kept with BENCH_KEEP, to name the callers in the raw callgrind files too.
  if (process.env.BENCH_KEEP) renameSync(perfMapFile(pid), join(outDir, `${file}.perf.map`));
  else rmSync(perfMapFile(pid), { force: true });
  const lines = [...counts].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${Math.round(count / LOOKUPS)}\t${name}`);
  writeFileSync(join(outDir, `${file}.named.txt`), `${lines.join('\n')}\n`);
  return { origins: byOrigin(counts, LOOKUPS) };
}

const database = await createBenchDatabase('bench_ir');
const databaseUrl = database.url;
try {
  // The project migrates the empty database; the bench data goes in beside its tables.
  const migrate = await startNode('dist/src/main.js', projectEnv(databaseUrl, servers[0].port), `http://127.0.0.1:${servers[0].port}/health/ready`);
  await stop(migrate);
  await loadResults(databaseUrl, { results: RESULTS, pepper: PEPPER });
  // Two at a time, one per core: callgrind runs each program's threads one at a time anyway.
  const chosen = servers.filter((server) => SERVERS.includes(server.name.split(' ')[0]));
  const counts = new Map();
  for (let i = 0; i < chosen.length; i += 2)
    for (const [j, count] of (await Promise.all(chosen.slice(i, i + 2).map(measure))).entries()) counts.set(chosen[i + j].name, count);
  const reference = counts.get('reference');
  console.log(
    `\nTRF lookup, Basic, ${CONNECTIONS} connection(s), ${LOOKUPS} lookups counted after ${WARM_UP + LOOKUPS} (callgrind; ${RESULTS.toLocaleString()} results)` +
      (REFERENCE_HOOKS ? `; the reference with BENCH_REFERENCE_HOOKS=${REFERENCE_HOOKS} (onRequest,onResponse hooks that do nothing)` : ''),
  );
  console.table(
    [...counts].map(([name, m]) => ({
      server: name,
      'instructions per lookup, main thread': Math.round(m.main).toLocaleString(),
      'all threads': Math.round(m.all).toLocaleString(),
      'main thread / reference': reference ? (m.main / reference.main).toFixed(2) : '',
      ...(m.misses
        ? {
            'L1 instruction misses': Math.round(m.misses.l1i).toLocaleString(),
            'L1 data misses': Math.round(m.misses.l1d).toLocaleString(),
            'last-level misses': Math.round(m.misses.ll).toLocaleString(),
          }
        : {}),
    })),
  );
  if (NAME_JS) {
    console.log(
      `\nWhere the main thread's instructions per lookup go, by the code's origin (each server's functions, by their own count: ${outDir}/*.named.txt)`,
    );
    const origins = [...new Set([...counts.values()].flatMap((m) => [...m.origins.keys()]))];
    console.table(
      origins.map((origin) => ({
        origin,
        ...Object.fromEntries([...counts].map(([name, m]) => [name.split(' ')[0], Math.round(m.origins.get(origin) ?? 0).toLocaleString()])),
      })),
    );
  }
} finally {
  await database.drop();
  if (!process.env.BENCH_KEEP && !NAME_JS) rmSync(outDir, { recursive: true, force: true });
  else console.log(outDir);
}

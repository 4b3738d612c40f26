// `npm run bench`: the project against a bare Fastify + pg reference on the same database, in
// alternating rounds (the machine is shared and noisy, so what counts is the ratio within a round
// pair), then the database's own limit (pgbench), photo pages, fulfilment allocations, one against
// two processes, and the embedded default. Prints tables; asserts nothing (no timed tests).
//
// Settings: BENCH_RESULTS (1000000), BENCH_SECONDS per round (5), BENCH_ROUNDS (4), BENCH_WARM_UP_SECONDS (10),
// BENCH_PARTS (trf,bearer,page,photos,floor,direct,limits,fulfillment,scale,embedded), BENCH_EMBEDDED_RESULTS (100000),
// BENCH_REFERENCE_BURN_US (0: µs the reference spends busy in each request, a diagnostic),
// BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres: where the bench database is created).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BASIC_AUTHORIZATIONS, RANGE_QUERY, ROS, loadResults, pageRequest, trfLookup, trfOf } from './lib/load-results.mjs';
import { PEPPER, PROJECT_NODE_FLAGS, projectEnv as serverEnv, referenceEnv } from './lib/server-env.mjs';
import { drive, driveAll } from './lib/drive.mjs';
import { driveBulk } from './lib/drive-bulk.mjs';
import { median } from './lib/percentile.mjs';
import { pgbench } from './lib/pgbench.mjs';
import { machineCpuSeconds, peakRssMb, postgresCpuSeconds, resetPeakRss, startNode, stop } from './lib/processes.mjs';
import { createBenchDatabase } from './lib/bench-database.mjs';
import { fulfillmentAllocation } from './lib/fulfillment-allocation.mjs';
import { threeDigits } from './lib/figures.mjs';
import { checkSameAnswers } from './lib/same-answers.mjs';
import { pageQuery, trfQuery } from './lib/reference-sql.mjs';
import { DIRECT_PREFIX } from './lib/direct-prefix.mjs';
import { goalVerdicts } from './lib/goals.mjs';

const RESULTS = Number(process.env.BENCH_RESULTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 10);
/** The servers (by pid) driven once already, so past their long warm-up. */
const warmed = new Set();
// Only this bench's reference is handicapped: the instruction and allocation benches count the reference as it is.
const REFERENCE_BURN_US = Number(process.env.BENCH_REFERENCE_BURN_US ?? 0);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'trf,bearer,page,photos,floor,direct,limits,fulfillment,scale,embedded').split(','));
const EMBEDDED_RESULTS = Number(process.env.BENCH_EMBEDDED_RESULTS ?? 100_000);
const PORTS = { project: 3991, reference: 3992, second: 3993, embedded: 3994, floor: 3996, direct: 3997 };
const perRo = Math.floor(RESULTS / ROS);
const pages = Math.max(1, Math.floor(perRo / 2000));
const randomInt = (n) => Math.floor(Math.random() * n);

/** Lookups of random TRF numbers among the first `results`, each by the RO it is shared with. */
const lookup =
  (auth, results = perRo * ROS) =>
  () => {
    const g = randomInt(results);
    return trfLookup(g, auth);
  };

const projectEnv = (port, extra = {}) => serverEnv(databaseUrl, port, extra);

const children = [];
const tables = {};
/** What the goals table reads, filled in by the parts as they run. */
const goalFigures = { lookups: [] };
const database = await createBenchDatabase('bench');
const databaseUrl = database.url;
try {
  // A set-up process of the project migrates the database and seeds the sandbox (the fulfilment part
  // signs as a demo client); then the bench data goes in beside it. The process measured starts after,
  // as a production one does: nothing to migrate, no sandbox to seed. The one that had done both served
  // 4-11% fewer lookups than one started after it, on the same build (#14, ninth part).
  const setUp = await startNode(
    'dist/src/main.js',
    projectEnv(PORTS.project, { DEMO_SEED: 'true' }),
    `http://127.0.0.1:${PORTS.project}/health/ready`,
    PROJECT_NODE_FLAGS,
  );
  await stop(setUp);
  const started = performance.now();
  await loadResults(databaseUrl, { results: RESULTS, pepper: PEPPER });
  goalFigures.load = { results: RESULTS, seconds: (performance.now() - started) / 1000 };
  console.log(`loaded ${RESULTS.toLocaleString()} results shared across ${ROS} ROs (8 KB photos for RO 0) in ${goalFigures.load.seconds.toFixed(1)} s`);
  const project = await startAnotherProject('dist/src/main.js', PORTS.project);
  const reference = await startChild(
    'bench/lib/reference-server.mjs',
    { ...referenceEnv(databaseUrl, PORTS.reference), REFERENCE_BURN_US: String(REFERENCE_BURN_US) },
    `http://127.0.0.1:${PORTS.reference}/ready`,
  );
  const servers = { project: { child: project, port: PORTS.project }, reference: { child: reference, port: PORTS.reference } };
  const bearer = PARTS.has('bearer') ? await tokensFor(PORTS.project) : [];
  await checkSameAnswers(PORTS, BASIC_AUTHORIZATIONS[0], [
    `trfNumber=${trfOf(0)}&photoFlag=N`,
    `trfNumber=${trfOf(0)}&photoFlag=Y`,
    `${RANGE_QUERY}&photoFlag=N&limit=2000&page=2`,
    `${RANGE_QUERY}&photoFlag=Y&limit=50&page=3`,
  ]);

  const page = (photos) => () => pageRequest(photos ? 0 : randomInt(ROS), 1 + randomInt(pages), photos);
  const comparisons = [];
  if (PARTS.has('trf'))
    for (const c of [16, 50]) comparisons.push(await compare(servers, `TRF lookup, Basic`, c, lookup(BASIC_AUTHORIZATIONS), { goal: 'lookup' }));
  if (PARTS.has('bearer')) for (const c of [16, 50]) comparisons.push(await compare(servers, `TRF lookup, Bearer`, c, lookup(bearer), { goal: 'lookup' }));
  if (PARTS.has('page')) comparisons.push(await compare(servers, '2000-record page', 16, page(false), { goal: 'page' }));
  // A 23 MB page takes seconds at 50 connections: longer rounds, so that each connection finishes several,
  // each round ending when its last page does.
  if (PARTS.has('photos'))
    comparisons.push(await compare(servers, '2000-record page, photos', 50, page(true), { seconds: SECONDS * 2, driver: driveBulk, goal: 'photos' }));
  if (PARTS.has('floor')) {
    // NestJS itself with one bare controller, against the same reference: the framework's share of the gap.
    const floor = await startChild(
      'bench/lib/nest-floor-server.mjs',
      { DATABASE_URL: databaseUrl, PORT: String(PORTS.floor), DB_POOL_SIZE: '20' },
      `http://127.0.0.1:${PORTS.floor}/ready`,
    );
    comparisons.push(
      await compare({ ...servers, project: { child: floor, port: PORTS.floor } }, 'TRF lookup, Basic: Nest alone (floor)', 16, lookup(BASIC_AUTHORIZATIONS)),
    );
    await stopChild(floor);
  }
  if (comparisons.length) report('project against the bare reference (alternating rounds; ratio = project / reference, median and min–max)', comparisons);

  if (PARTS.has('direct')) {
    // The project with the lookup also on a hand-written Fastify route around Nest's router, everything
    // else on (bench/lib/project-without-router-server.mjs), against the project itself: what going
    // around Nest for the hot path would buy.
    const direct = await startAnotherProject('bench/lib/project-without-router-server.mjs', PORTS.direct);
    const basic = lookup(BASIC_AUTHORIZATIONS);
    const next = (prefix) => () => {
      const request = basic();
      return { ...request, path: `${prefix}${request.path}` };
    };
    const row = await compare(
      { project: { child: direct, port: PORTS.direct }, reference: servers.project },
      'TRF lookup, Basic: direct / project',
      16,
      next(DIRECT_PREFIX),
      { nextOfReference: next(''), names: { project: 'direct', reference: 'project', ref: 'project' } },
    );
    report('around Nest: the lookup on a hand-written route against the same lookup through Nest (alternating rounds; ratio = direct / project)', [row]);
    await stopChild(direct);
  }

  if (PARTS.has('limits')) {
    // pgbench reads every `:name` as a variable, so the time format's colons are spelt chr(58) (folded at plan time).
    const noColons = (sql) => sql.replace(/'([^']*?):MI:SS([^']*)'/g, "'$1' || chr(58) || 'MI' || chr(58) || 'SS$2'");
    const script = (query) => `\\set g random(0, ${perRo * ROS - 1})\n\\set page random(1, ${pages})\n${noColons(query)};\n`;
    const organisation = `(SELECT id FROM organisations WHERE code = 'BENCH' || (:g::int % ${ROS}))`;
    const trfSql = trfQuery(false)
      .text.replace('$1', organisation)
      .replace('$2', `'25BN' || lpad(:g::int::text, 6, '0') || 'BNCH' || lpad((:g::int % 1000)::text, 3, '0') || 'A'`);
    const pageSql = pageQuery(false)
      .text.replace('$1', organisation)
      .replace('$2', "'2025-01-01T00:00:00Z'")
      .replace('$3', "'2027-01-01T00:00:00Z'")
      .replace('$4', '2000')
      .replace('$5', '(:page::int - 1) * 2000');
    const limits = [
      { query: 'TRF lookup', ...pgbench(databaseUrl, script(trfSql), { clients: 16, seconds: SECONDS * 2 }) },
      { query: '2000-record page, one statement (JSON built by PostgreSQL)', ...pgbench(databaseUrl, script(pageSql), { clients: 16, seconds: SECONDS * 2 }) },
    ];
    goalFigures.databasePage = { tps: limits[1].tps };
    report(
      'the database on its own: pgbench, 16 clients, prepared statements',
      limits.map((l) => ({ query: l.query, 'per second': Math.round(l.tps), 'latency ms': l.latencyMs })),
    );
  }

  if (PARTS.has('fulfillment')) {
    const allocation = await fulfillmentAllocation({ port: PORTS.project, databaseUrl, pid: project.pid, seconds: SECONDS * 2 });
    goalFigures.fulfillment = { rate: allocation['allocations/s'], duplicates: allocation['test IDs given twice'] };
    report('fulfilment: signed obtainTestId (GTX-Academic-Plus, inventory), 16 connections', [allocation]);
  }

  if (PARTS.has('scale')) {
    const second = await startAnotherProject('dist/src/main.js', PORTS.second);
    const rows = [];
    for (let round = 0; round < Math.max(2, ROUNDS / 2); round++) {
      const one = await driveAll([
        { url: `http://127.0.0.1:${PORTS.project}`, pids: [project.pid], connections: 50, seconds: SECONDS, next: lookup(BASIC_AUTHORIZATIONS) },
      ]);
      const two = await driveAll(
        [PORTS.project, PORTS.second].map((port, i) => ({
          url: `http://127.0.0.1:${port}`,
          pids: [[project, second][i].pid],
          connections: 25,
          seconds: SECONDS,
          next: lookup(BASIC_AUTHORIZATIONS),
        })),
      );
      rows.push({
        round: round + 1,
        '1 process req/s': Math.round(one.rps),
        '2 processes req/s': Math.round(two.rps),
        ratio: (two.rps / one.rps).toFixed(2),
        errors: one.errors + two.errors,
      });
    }
    report('scale-out: TRF lookup, Basic, 50 connections, 1 process against 2 (one PostgreSQL, load split across the processes)', rows);
    await stopChild(second);
  }

  for (const child of children.splice(0)) await stop(child);

  if (PARTS.has('embedded')) report('the embedded default (no DATABASE_URL), TRF lookup, Basic', await embedded());

  // A handicapped reference is a diagnostic: the ratios then say what the extra CPU costs, not where the goals stand.
  if (REFERENCE_BURN_US > 0)
    console.log(
      `\nBENCH_REFERENCE_BURN_US=${REFERENCE_BURN_US}: the reference spent ${REFERENCE_BURN_US} µs busy in each request; no goal is read from this run`,
    );
  else report("the goals of #14 in this run's figures (the bench asserts nothing)", goalVerdicts(goalFigures));

  console.log(
    `\n== summary: ${RESULTS.toLocaleString()} results, ${ROUNDS} rounds of ${SECONDS} s, Node ${process.version} ${PROJECT_NODE_FLAGS.join(' ')}, ${new Date().toISOString()}${REFERENCE_BURN_US > 0 ? `, the reference ${REFERENCE_BURN_US} µs busier a request` : ''}`,
  );
  for (const [title, rows] of Object.entries(tables)) {
    console.log(`\n${title}`);
    console.table(rows);
  }
} finally {
  for (const child of children) await stop(child);
  await database.drop();
}

/** A server for this run, stopped at the end (or on failure) if no part stops it first. */
async function startChild(...args) {
  const child = await startNode(...args);
  children.push(child);
  return child;
}

/** A process of the project on the bench database (already migrated and seeded by the set-up process). */
function startAnotherProject(script, port) {
  return startChild(script, projectEnv(port), `http://127.0.0.1:${port}/health/ready`, PROJECT_NODE_FLAGS);
}

async function stopChild(child) {
  await stop(child);
  children.splice(children.indexOf(child), 1);
}

/** Prints a table now and keeps it for the summary at the end. */
function report(title, rows) {
  tables[title] = rows;
  console.log(`\n${title}`);
  console.table(rows);
}

/**
 * Alternating rounds: the project and the reference one after the other, the order swapped each round.
 * `servers.project` and `servers.reference`: each a child process and its port.
 * `goal`: which of the issue's goals the figures count towards (`lookup`, `page`, `photos`), if any;
 * `names`: what the row calls the two servers, in full and, for the second, short.
 */
async function compare(
  servers,
  scenario,
  connections,
  next,
  { seconds = SECONDS, driver = drive, nextOfReference = next, goal, names = { project: 'project', reference: 'reference', ref: 'ref' } } = {},
) {
  const target = (name) => ({
    url: `http://127.0.0.1:${servers[name].port}`,
    pids: [servers[name].child.pid],
    connections,
    next: name === 'reference' ? nextOfReference : next,
  });
  // Unmeasured warm-up of both, so that neither is measured while its code is still being compiled: the
  // first time a server is driven, long enough for V8 to finish optimising (the project's optimised code
  // settled after about 50,000 lookups, its CPU a lookup 10% above the steady state until then); after
  // that, two seconds for what is new in the scenario.
  for (const name of ['project', 'reference']) {
    const { pid } = servers[name].child;
    await driver({ ...target(name), seconds: warmed.has(pid) ? Math.min(2, seconds) : WARM_UP_SECONDS });
    warmed.add(pid);
  }
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? ['project', 'reference'] : ['reference', 'project'];
    const measured = {};
    for (const name of order) {
      const { pid } = servers[name].child;
      resetPeakRss(pid);
      const [database, machine] = [postgresCpuSeconds(), machineCpuSeconds()];
      measured[name] = await driver({ ...target(name), seconds });
      measured[name].peakRss = peakRssMb(pid);
      const perRequest = (cpuSeconds) => (cpuSeconds * 1000) / Math.max(1, measured[name].served);
      measured[name].databaseCpuMsPerRequest = perRequest(postgresCpuSeconds() - database);
      measured[name].machineCpuMsPerRequest = perRequest(machineCpuSeconds() - machine);
    }
    rounds.push(measured);
  }
  const ratios = rounds.map((r) => r.project.rps / r.reference.rps);
  const p99Ratios = rounds.map((r) => r.project.p99 / r.reference.p99);
  const mean = (name, field) => rounds.reduce((sum, r) => sum + r[name][field], 0) / rounds.length;
  const ratio = median(ratios);
  const p99Ratio = median(p99Ratios);
  const projectPeakRss = Math.max(...rounds.map((r) => r.project.peakRss));
  const both = `${names.project}/${names.ref}`;
  const row = {
    scenario,
    conns: connections,
    [`${names.project} req/s`]: Math.round(mean('project', 'rps') * 10) / 10,
    [`${names.reference} req/s`]: Math.round(mean('reference', 'rps') * 10) / 10,
    'req/s ratio': `${ratio.toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
    [`p99 ms ${both}`]: `${mean('project', 'p99').toFixed(1)}/${mean('reference', 'p99').toFixed(1)}`,
    'p99 ratio': `${p99Ratio.toFixed(2)} (${Math.min(...p99Ratios).toFixed(2)}–${Math.max(...p99Ratios).toFixed(2)})`,
    [`CPU ms/req ${both}`]: `${threeDigits(mean('project', 'cpuMsPerRequest'))}/${threeDigits(mean('reference', 'cpuMsPerRequest'))}`,
    [`database, machine CPU ms/req ${both}`]: ['databaseCpuMsPerRequest', 'machineCpuMsPerRequest']
      .map((field) => `${threeDigits(mean('project', field))}/${threeDigits(mean('reference', field))}`)
      .join(', '),
    'bytes/resp': Math.round(mean('project', 'bytesPerResponse')),
    'body MB/s': Math.round(mean('project', 'bodyMBps')),
    errors: rounds.reduce((sum, r) => sum + r.project.errors + r.reference.errors, 0),
    [`peak RSS MB ${both}`]: `${projectPeakRss}/${Math.max(...rounds.map((r) => r.reference.peakRss))}`,
  };
  if (goal === 'lookup') goalFigures.lookups.push({ scenario, connections, ratio, p99Ratio });
  if (goal === 'page') goalFigures.page = { rps: mean('project', 'rps') };
  if (goal === 'photos') goalFigures.photos = { bodyMBps: mean('project', 'bodyMBps'), peakRssMb: projectPeakRss };
  console.log(JSON.stringify(row));
  return row;
}

async function tokensFor(port) {
  return Promise.all(
    BASIC_AUTHORIZATIONS.map(async (authorization) => {
      const response = await fetch(`http://127.0.0.1:${port}/oauth/token`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
      });
      if (!response.ok) throw new Error(`token: ${response.status} ${await response.text()}`);
      return `Bearer ${(await response.json()).access_token}`;
    }),
  );
}

/** The same lookups against the project on its embedded PostgreSQL, with a smaller data set. */
async function embedded() {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-embedded-'));
  const started = performance.now();
  const server = await startNode(
    'dist/src/main.js',
    // As the embedded default starts on a developer's machine: the sandbox seeded.
    { ...projectEnv(PORTS.embedded, { DEMO_SEED: 'true' }), DATABASE_URL: '', DATA_DIR: dataDir },
    `http://127.0.0.1:${PORTS.embedded}/health/ready`,
    PROJECT_NODE_FLAGS,
  );
  const startSeconds = (performance.now() - started) / 1000;
  try {
    // The embedded cluster's port is in its postmaster.pid (line 4), its password beside it.
    const port = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')
      .split('\n')[3]
      .trim();
    const password = readFileSync(join(dataDir, 'postgres.password'), 'utf8').trim();
    const embeddedUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    await loadResults(embeddedUrl, { results: EMBEDDED_RESULTS, pepper: PEPPER });
    const next = lookup(BASIC_AUTHORIZATIONS, Math.floor(EMBEDDED_RESULTS / ROS) * ROS);
    const rows = [];
    for (const connections of [16, 50]) {
      const r = await drive({ url: `http://127.0.0.1:${PORTS.embedded}`, pids: [server.pid], connections, seconds: SECONDS, next });
      rows.push({
        results: EMBEDDED_RESULTS,
        conns: connections,
        'req/s': Math.round(r.rps),
        'p99 ms': Number(r.p99.toFixed(1)),
        'CPU ms/req (Node)': threeDigits(r.cpuMsPerRequest),
        'start s': startSeconds.toFixed(1),
        errors: r.errors,
      });
    }
    return rows;
  } finally {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Benchmark of IELTS result verification (not a test): loads BENCH_RESULTS results shared across 50
// Recognising Organisations into a fresh PostgreSQL database, starts the built server, and reports for
// each scenario the throughput, p50/p99 latency and the server's peak resident memory.
//
//   npm run bench:ielts            (BENCH_RESULTS=1000000 BENCH_SECONDS=15 BENCH_CONCURRENCY=32)
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres   the server to create the database on
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { hashSecret } from '../dist/src/auth/secret-hashing.js';

const RESULTS = Number(process.env.BENCH_RESULTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROS = 50;
const PORT = 3990;
const PEPPER = 'bench-pepper-0123456789abcdef';
const SECRET = 'bench-secret';
const database = `bench_ielts_${Date.now().toString(36)}`;
const databaseUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${database}` }).toString();

const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
let server;
try {
  server = await startServer();
  const started = performance.now();
  await load();
  console.log(`loaded ${RESULTS.toLocaleString()} results, ${RESULTS.toLocaleString()} shares across ${ROS} ROs, photos for RO 1, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const perRo = Math.floor(RESULTS / ROS);
  const pages = Math.max(1, Math.floor(perRo / 2000));
  const trf = (g) => `25BN${String(g).padStart(6, '0')}BNCH${String(g % 1000).padStart(3, '0')}A`;
  const randomInt = (n) => Math.floor(Math.random() * n);
  const scenarios = [
    ['TRF lookup, no photo', () => { const ro = randomInt(ROS); return [ro, `trfNumber=${trf(randomInt(perRo) * ROS + ro)}&photoFlag=N`]; }],
    ['TRF lookup, photo', () => [0, `trfNumber=${trf(randomInt(perRo) * ROS)}&photoFlag=Y`]],
    ['2000-record page, no photos', () => [randomInt(ROS), `startDateTime=2025-01-01T00:00:00&endDateTime=2026-12-31T23:59:59&photoFlag=N&limit=2000&page=${1 + randomInt(pages)}`]],
    ['2000-record page, photos', () => [0, `startDateTime=2025-01-01T00:00:00&endDateTime=2026-12-31T23:59:59&photoFlag=Y&limit=2000&page=${1 + randomInt(pages)}`]],
  ];
  const rows = [];
  for (const [name, next] of scenarios) {
    resetPeakMemory(server.pid);
    rows.push({ scenario: name, ...(await drive(next)), 'server peak RSS MB': peakMemoryMb(server.pid) });
  }
  console.log(`\n${RESULTS.toLocaleString()} results, ${CONCURRENCY} concurrent clients, ${SECONDS} s per scenario, Node ${process.version}`);
  console.table(rows);
} finally {
  server?.kill('SIGTERM');
  await new Promise((resolve) => (server ? server.once('exit', resolve) : resolve()));
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
}

async function startServer() {
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(PORT), HOST: '127.0.0.1', AUTH_PEPPER: PEPPER, DEMO_SEED: 'false', LOG_LEVEL: 'warn', DB_POOL_SIZE: '20' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/health/ready`)).ok) return child;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not become ready');
}

async function load() {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query(`INSERT INTO organisations (id, code, name, kind) SELECT gen_random_uuid(), 'BENCH' || g, 'Bench RO ' || g, 'recognising_organisation' FROM generate_series(0, ${ROS - 1}) g`);
  for (let ro = 0; ro < ROS; ro++) {
    await db.query(`INSERT INTO api_clients (client_id, display_name, organisation_id, scopes, daily_quota) SELECT 'bench-ro-${ro}', 'Bench', id, '{ielts:read}', 100000000 FROM organisations WHERE code = 'BENCH${ro}'`);
    await db.query('INSERT INTO api_client_secrets (id, client_id, secret_hash) VALUES (gen_random_uuid(), $1, $2)', [`bench-ro-${ro}`, hashSecret(PEPPER, SECRET)]);
  }
  const batch = 100_000;
  for (let from = 0; from < RESULTS; from += batch) {
    const to = Math.min(RESULTS, from + batch) - 1;
    await db.query(`
      WITH fresh AS (
        INSERT INTO ielts_results (id, trf_number, centre_number, candidate_number, candidate_id, id_type, family_name, first_name, date_of_birth, gender,
                                   nationality, country_of_origin, first_language, test_date, module, listening_score, reading_score, writing_score,
                                   speaking_score, overall_band_score, cefr_level, status, town, country_code)
        SELECT gen_random_uuid(), '25BN' || lpad(g::text, 6, '0') || 'BNCH' || lpad((g % 1000)::text, 3, '0') || 'A', 'BN001', lpad(g::text, 6, '0'),
               'P' || g, 'Passport', 'FAMILY' || (g % 997), 'FIRST' || (g % 991), date '1990-01-01' + (g % 5000), (ARRAY['M','F','U'])[1 + g % 3],
               'GBR', 'GBR', 'English', date '2024-12-01' + (g % 30), CASE WHEN g % 4 = 0 THEN 'General Training' ELSE 'Academic' END,
               4.5 + (g % 9) * 0.5, 5 + (g % 8) * 0.5, 5 + (g % 7) * 0.5, 5.5 + (g % 6) * 0.5, 6, 'B2', 'RELEASED', 'London', 'GBR'
          FROM generate_series(${from}, ${to}) AS g
        RETURNING id, trf_number, substr(trf_number, 5, 6)::int AS g)
      INSERT INTO ielts_result_shares (result_id, organisation_id, trf_number, shared_at, last_modified_at)
      SELECT f.id, o.id, f.trf_number, ts, ts
        FROM fresh f
        JOIN organisations o ON o.code = 'BENCH' || (f.g % ${ROS})
        CROSS JOIN LATERAL (SELECT timestamptz '2025-01-01' + (f.g::float / ${RESULTS}) * interval '365 days' AS ts) t`);
  }
  // About 8 KB a photo, as the original e-Download's photos.
  await db.query(`INSERT INTO ielts_result_photos (result_id, data)
    SELECT s.result_id, decode('ffd8ff' || repeat('a5', 8000), 'hex') FROM ielts_result_shares s JOIN organisations o ON o.id = s.organisation_id WHERE o.code = 'BENCH0'`);
  await db.query('ANALYZE');
  await db.end();
}

/** autocannon drives the server from this process with CONCURRENCY connections for SECONDS. */
async function drive(next) {
  const headers = Array.from({ length: ROS }, (_, ro) => `Basic ${Buffer.from(`bench-ro-${ro}:${SECRET}`).toString('base64')}`);
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: CONCURRENCY,
    duration: SECONDS,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const [ro, query] = next();
          return { ...request, path: `/v1/ielts/result-verification?${query}`, headers: { authorization: headers[ro] } };
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'MB/response': Number((result.throughput.total / Math.max(1, result.requests.total) / 1e6).toFixed(2)),
    errors: result.errors + result.non2xx,
  };
}

function resetPeakMemory(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {}
}

function peakMemoryMb(pid) {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : null;
}

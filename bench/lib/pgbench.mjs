// The database's own limit: pgbench (C, libpq, prepared statements) running a query on its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Transactions per second of `script` (pgbench's script language) with `clients` connections. */
export function pgbench(databaseUrl, script, { clients, seconds }) {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-')), 'script.sql');
  writeFileSync(file, script);
  const output = execFileSync('pgbench', ['-n', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', file, databaseUrl], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tps = /tps = ([\d.]+)/.exec(output);
  const latency = /latency average = ([\d.]+) ms/.exec(output);
  if (!tps) throw new Error(`pgbench printed no tps:\n${output}`);
  return { tps: Number(tps[1]), latencyMs: latency ? Number(latency[1]) : NaN };
}

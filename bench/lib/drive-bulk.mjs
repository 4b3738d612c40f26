// Large answers (23 MB photo pages): node:http clients that discard the body as it arrives, since
// autocannon's JavaScript parser, not the server, limits the rate at these sizes.
import http from 'node:http';
import { cpuSeconds } from './processes.mjs';
import { percentile } from './percentile.mjs';

export async function driveBulk({ url, pids, connections, seconds, next }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const cpuBefore = pids.map(cpuSeconds);
  const latencies = [];
  let bytes = 0;
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  const one = ({ path, headers }) =>
    new Promise((resolve) => {
      const started = Date.now();
      const request = http.get(new URL(path, url), { agent, headers }, (response) => {
        response.on('data', (chunk) => (bytes += chunk.length));
        response.on('end', () => {
          if (response.statusCode === 200) latencies.push(Date.now() - started);
          else errors++;
          resolve();
        });
        response.on('error', () => (errors++, resolve()));
      });
      request.on('error', () => (errors++, resolve()));
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) await one(next());
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  const cpu = pids.reduce((sum, pid, i) => sum + cpuSeconds(pid) - cpuBefore[i], 0);
  latencies.sort((a, b) => a - b);
  const served = latencies.length;
  return {
    rps: served / elapsed,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    bytesPerResponse: bytes / Math.max(1, served + errors),
    bodyMBps: bytes / elapsed / 1e6,
    cpuMsPerRequest: (cpu * 1000) / Math.max(1, served),
    errors,
    served,
    requests: served + errors,
  };
}

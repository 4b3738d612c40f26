// One measured round: autocannon against one server, with the server's CPU time over the round.
import autocannon from 'autocannon';
import { cpuSeconds } from './processes.mjs';
import { percentile } from './percentile.mjs';

/**
 * Drives `url` with `connections` connections for `seconds`; `next()` gives each request's path and
 * headers (and optionally method and body). Counts only 2xx answers as served.
 */
export async function drive({ url, pids, connections, seconds, next }) {
  const cpuBefore = pids.map(cpuSeconds);
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, method: 'GET', ...next() }) }],
  });
  // autocannon's own percentiles are whole milliseconds (its histogram records integers), a quarter of
  // a 4 ms p99; each response's time comes with its fraction, so the percentiles are taken from those.
  const latencies = [];
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  const cpu = pids.reduce((sum, pid, i) => sum + cpuSeconds(pid) - cpuBefore[i], 0);
  const served = result['2xx'];
  latencies.sort((a, b) => a - b);
  return {
    rps: served / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    bytesPerResponse: result.throughput.total / Math.max(1, result.requests.total),
    bodyMBps: result.throughput.total / seconds / 1e6,
    cpuMsPerRequest: (cpu * 1000) / Math.max(1, served),
    errors: result.errors + result.timeouts + result.non2xx,
    served,
    requests: result.requests.total,
  };
}

/** Several autocannon drivers at once, one per URL (a client-side balancer across processes). */
export async function driveAll(targets) {
  const rounds = await Promise.all(targets.map(drive));
  return { rps: rounds.reduce((sum, r) => sum + r.rps, 0), p99: Math.max(...rounds.map((r) => r.p99)), errors: rounds.reduce((sum, r) => sum + r.errors, 0) };
}

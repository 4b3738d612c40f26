// What a running project says of its garbage collector on /metrics (prom-client's default metrics).

/** The old generation's used size and the scavenges so far, read from a process's /metrics. */
export async function gcMetrics(baseUrl) {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const value = (series) => {
    const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
    return line === undefined ? 0 : Number(line.slice(series.length + 1));
  };
  return {
    oldSpaceMb: value('nodejs_heap_space_size_used_bytes{space="old"}') / 1e6,
    scavenges: value('nodejs_gc_duration_seconds_count{kind="minor"}'),
    scavengeSeconds: value('nodejs_gc_duration_seconds_sum{kind="minor"}'),
  };
}

/**
 * A process whose scavenges take over this many times as long as its peers' is in the slow
 * garbage-collection state some processes fell into before `npm start` turned V8's allocation-site
 * pretenuring off (docs/performance.md, #14, eleventh and twelfth parts).
 */
export const SLOW_SCAVENGE_FACTOR = 1.7;

/** Milliseconds a scavenge took on average between two readings of gcMetrics. */
export const msAScavenge = (before, after) => ((after.scavengeSeconds - before.scavengeSeconds) * 1000) / Math.max(1, after.scavenges - before.scavenges);

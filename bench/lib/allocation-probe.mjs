// Preloaded into a server under `npm run bench:allocation` (node --import): V8's sampling heap
// profiler, switched on and off by SIGUSR2, counting the objects the collector has already taken as
// well as those still alive, so that the profile is what the process allocated in between, not what
// it kept. Each stop writes the profile's functions, with the bytes each allocated, to
// ALLOCATION_PROBE_OUT as JSON; a start writes `started` there, so the bench knows when to drive.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const out = process.env.ALLOCATION_PROBE_OUT;
// One sample every 1 KB on average: tens of thousands of samples over a measured stretch.
const SAMPLING_INTERVAL_BYTES = 1024;
const session = new Session();
session.connect();
let sampling = false;

process.on('SIGUSR2', () => {
  if (!sampling) {
    session.post(
      'HeapProfiler.startSampling',
      { samplingInterval: SAMPLING_INTERVAL_BYTES, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true },
      (error) => {
        if (error) throw error;
        sampling = true;
        writeFileSync(out, JSON.stringify({ started: true }));
      },
    );
    return;
  }
  session.post('HeapProfiler.stopSampling', (error, result) => {
    if (error) throw error;
    sampling = false;
    const { head } = result.profile;
    writeFileSync(out, JSON.stringify({ functions: selfSizes(head), stacks: stacksOf(head) }));
  });
});

const keyOf = ({ functionName, url, lineNumber }) => `${functionName || '(anonymous)'} ${url}:${lineNumber + 1}`;

/** Bytes allocated by each function itself (the profile's self sizes), keyed by name and place. */
function selfSizes(head) {
  const sizes = {};
  const stack = [head];
  while (stack.length > 0) {
    const node = stack.pop();
    const key = keyOf(node.callFrame);
    sizes[key] = (sizes[key] ?? 0) + node.selfSize;
    stack.push(...node.children);
  }
  return sizes;
}

/**
 * For the functions ALLOCATION_PROBE_STACKS (a regular expression) names: the bytes each allocated
 * under each of its callers' chains (up to eight frames), to tell who makes them allocate.
 */
function stacksOf(head) {
  const pattern = process.env.ALLOCATION_PROBE_STACKS && new RegExp(process.env.ALLOCATION_PROBE_STACKS);
  const stacks = {};
  if (!pattern) return stacks;
  const walk = (node, callers) => {
    const key = keyOf(node.callFrame);
    const chain = [key, ...callers].slice(0, 8);
    if (node.selfSize > 0 && pattern.test(key)) stacks[chain.join(' < ')] = (stacks[chain.join(' < ')] ?? 0) + node.selfSize;
    for (const child of node.children) walk(child, chain);
  };
  walk(head, []);
  return stacks;
}

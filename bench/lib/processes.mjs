// Starting the servers under test and reading what they cost from /proc (Linux).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/**
 * Spawns `node <nodeArgs> <script>` with env, resolves once GET readyUrl answers 2xx (polled every 50 ms,
 * for at most `readyWithinMs`). `under` runs node under another program (valgrind and its options).
 */
export async function startNode(script, env, readyUrl, nodeArgs = [], { under = [], readyWithinMs = 150_000, stderr = 'inherit' } = {}) {
  const [command, ...args] = [...under, process.execPath, ...nodeArgs, script];
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', stderr] });
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + readyWithinMs;
  while (!exited && Date.now() < deadline) {
    try {
      if ((await fetch(readyUrl)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`${script} did not become ready at ${readyUrl}`);
}

export async function stop(child) {
  // Gone already: exited (exitCode) or killed by a signal (signalCode), so no 'exit' is coming.
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** User plus system CPU seconds the process has used. */
export function cpuSeconds(pid) {
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th of those.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Resets the peak resident set size, so that the next peakRssMb reads the peak from now on. */
export function resetPeakRss(pid) {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

export function peakRssMb(pid) {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

// Starting the servers under test and reading what they cost from /proc (Linux).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

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

/**
 * A process's /proc stat line: its command name, and the fields after the parenthesised name (the
 * parent's pid is the 2nd of those; utime, stime, cutime and cstime the 12th to the 15th).
 */
function statOf(pid, file = `/proc/${pid}/stat`) {
  const [head, rest] = readFileSync(file, 'utf8').split(') ');
  return { command: head.slice(head.indexOf('(') + 1), fields: rest.split(' ') };
}

/** User plus system CPU seconds of a stat line's fields. */
const ownCpuSeconds = (fields) => (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;

/** User plus system CPU seconds the process has used. */
export function cpuSeconds(pid) {
  return ownCpuSeconds(statOf(pid).fields);
}

/**
 * CPU seconds the process's threads other than the main one have used: V8's helpers (concurrent
 * marking, parallel scavenging, the optimising compiler) and libuv's pool. A threads' sum, so a
 * thread that has ended is no longer counted: read it across a round, not across a process's life.
 */
export function helperThreadsCpuSeconds(pid) {
  let seconds = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    if (tid === String(pid)) continue;
    try {
      seconds += ownCpuSeconds(statOf(pid, `/proc/${pid}/task/${tid}/stat`).fields);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return seconds;
}

/** Resets the peak resident set size, so that the next peakRssMb reads the peak from now on. */
export function resetPeakRss(pid) {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

export function peakRssMb(pid) {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

/**
 * CPU seconds all PostgreSQL processes on this machine have used (the backends serving the servers
 * under test among them): what the database spends on the lookups a server sends. A backend that exits
 * takes its count with it, so each postmaster's count of its reaped children is added: the sum only
 * grows, whichever backends come and go (a pool closes idle connections).
 */
export function postgresCpuSeconds() {
  const processes = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const { command, fields } = statOf(pid);
      if (command === 'postgres') processes.set(pid, fields);
    } catch {
      // Gone between the listing and the read.
    }
  }
  let ticks = 0;
  for (const fields of processes.values()) {
    // utime, stime, then cutime and cstime (children waited for) for a postmaster, whose parent is no postgres.
    ticks += Number(fields[11]) + Number(fields[12]);
    if (!processes.has(fields[1])) ticks += Number(fields[13]) + Number(fields[14]);
  }
  return ticks / TICKS_PER_SECOND;
}

/** CPU seconds the whole machine has been busy (all cores: user, nice, system, interrupts). */
export function machineCpuSeconds() {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}

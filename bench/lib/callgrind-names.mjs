// Names the JIT-compiled code in a callgrind profile. Callgrind knows Node's own functions and V8's
// builtins by their symbols, but JavaScript compiled at run time is only an address to it; V8's
// `--perf-basic-prof` writes /tmp/perf-<pid>.map (start, size, name) for every code object it
// makes, so each address can be read back as the JavaScript function (and tier: `*` optimised,
// `^` baseline, `~` interpreted) it was, and the counts summed by where the code comes from.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { originOfSource } from './code-origin.mjs';

/** Where V8 writes the map of a process run with --perf-basic-prof. */
export const perfMapFile = (pid) => `/tmp/perf-${pid}.map`;

/** The code objects of a process run with --perf-basic-prof, in the order V8 made them. */
export function readPerfMap(pid) {
  return readPerfMapFile(perfMapFile(pid));
}

/** The code objects in a perf map (as `npm run bench:instructions` keeps it with BENCH_KEEP). */
export function readPerfMapFile(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line))
    .filter(Boolean)
    .map(([, start, size, name]) => ({ start: parseInt(start, 16), end: parseInt(start, 16) + parseInt(size, 16), name }));
}

/** The name of the code at `address`: the latest code object that covered it (code space is reused after collection). */
export function nameAt(codeObjects, address) {
  for (let i = codeObjects.length - 1; i >= 0; i--) if (codeObjects[i].start <= address && address < codeObjects[i].end) return codeObjects[i].name;
  return undefined;
}

/** Each function's own (exclusive) instructions in a callgrind file, JIT code named from the perf map. */
export function selfCounts(callgrindFile, codeObjects) {
  const text = execFileSync('callgrind_annotate', ['--threshold=100', '--show=Ir', callgrindFile], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const counts = new Map();
  for (const line of text.split('\n')) {
    const match = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (!match || match[2].includes('PROGRAM TOTALS')) continue;
    let name = match[2].replace(/'\d+/g, '');
    const address = /^\?\?\?:0x([0-9a-f]+) /.exec(name);
    if (address) name = nameAt(codeObjects, parseInt(address[1], 16)) ?? name;
    counts.set(name, (counts.get(name) ?? 0) + Number(match[1].replace(/,/g, '')));
  }
  return counts;
}

/** Where a function's code comes from, coarsely: V8 itself, Node, a package, or our own. */
export function originOf(name) {
  if (name.startsWith('RegExp:')) return 'regular expressions (compiled)';
  const js = /^(?:JS|LazyCompile|Function):([*^~]?)\S* ?(.*)$/.exec(name);
  if (js) return `JS: ${originOfSource(js[2])} (${js[1] === '*' ? 'optimised' : 'not optimised'})`;
  if (name.includes('Builtins_') || /^(Builtin|BytecodeHandler|Handler|Stub):/.test(name)) return "V8's builtins (property access, calls, promises, strings)";
  if (/Scaveng|Heap::|MarkCompact|Sweeper|Marking|Evacuat|Pretenuring/.test(name)) return "V8's garbage collector";
  if (name.includes('v8::')) return "V8's runtime (C++)";
  if (/node::|uv_|llhttp|\[\/usr\/bin\/node\]/.test(name)) return "Node's C++ (HTTP parser, streams, crypto)";
  if (name.includes('libc')) return 'libc';
  return 'other';
}

/** Instructions per lookup by origin, largest first. */
export function byOrigin(counts, lookups) {
  const sums = new Map();
  for (const [name, count] of counts) {
    const origin = originOf(name);
    sums.set(origin, (sums.get(origin) ?? 0) + count);
  }
  return new Map([...sums].sort((a, b) => b[1] - a[1]).map(([origin, count]) => [origin, count / lookups]));
}

/**
 * Who calls the functions whose names contain `callee`, with what those calls cost (inclusive), JIT
 * code named on both sides: which code a generic builtin (a megamorphic property load, Object.assign) runs for.
 * Read from the raw file, whose calls are `cfn=` and `calls=` lines followed by the call's cost line.
 */
export function callerCounts(callgrindFile, codeObjects, callee) {
  const names = new Map();
  const nameOf = (spec) => {
    const compressed = /^\((\d+)\)(?: (.*))?$/.exec(spec);
    if (!compressed) return spec;
    if (compressed[2] !== undefined) names.set(compressed[1], compressed[2]);
    return names.get(compressed[1]);
  };
  // Callers and callees alike: JIT code is only an address in the file. Named once per address.
  const jsNames = new Map();
  const named = (name) => {
    const address = /^0x([0-9a-f]+)$/.exec(name);
    if (!address) return name;
    if (!jsNames.has(name)) jsNames.set(name, nameAt(codeObjects, parseInt(address[1], 16)) ?? name);
    return jsNames.get(name);
  };
  const counts = new Map();
  let caller;
  let called;
  let costLine = false;
  for (const line of readFileSync(callgrindFile, 'utf8').split('\n')) {
    if (costLine) {
      costLine = false;
      if (!named(called).includes(callee)) continue;
      const name = named(caller);
      // The call's position, then its inclusive cost: instructions first (a cache simulation adds its misses after).
      counts.set(name, (counts.get(name) ?? 0) + Number(line.trim().split(/\s+/)[1] ?? 0));
    } else if (line.startsWith('fn=')) caller = nameOf(line.slice(3));
    else if (line.startsWith('cfn=')) called = nameOf(line.slice(4));
    else if (line.startsWith('calls=')) costLine = true;
  }
  return counts;
}

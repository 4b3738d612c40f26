// Who calls a function in a kept `npm run bench:instructions` count, per lookup, callers named:
//
//   BENCH_NAME_JS=1 BENCH_KEEP=1 npm run bench:instructions      # prints the folder it kept
//   node bench/callgrind-callers.mjs <folder> project Builtins_KeyedLoadIC_Megamorphic [lookups]
//
// The main thread's counted dump (<server>.out.2-01) is read with the server's JIT map
// (<server>.out.perf.map), so a generic builtin's cost is charged to the JavaScript that ran it.
import { join } from 'node:path';
import { callerCounts, readPerfMapFile } from './lib/callgrind-names.mjs';

const [folder, server, callee, lookups = '2000'] = process.argv.slice(2);
if (!callee) {
  console.error('usage: node bench/callgrind-callers.mjs <folder> <server> <callee> [lookups]');
  process.exit(2);
}
const counts = callerCounts(join(folder, `${server}.out.2-01`), readPerfMapFile(join(folder, `${server}.out.perf.map`)), callee);
for (const [caller, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`${String(Math.round(count / Number(lookups))).padStart(8)}  ${caller}`);

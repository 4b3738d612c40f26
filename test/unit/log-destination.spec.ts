import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { logDestination } from '../../src/logging/log-destination.js';

const line = (n: number) => `{"level":30,"n":${n},"msg":"${'x'.repeat(90)}"}\n`;

describe('the log destination', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'log-destination-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gathers lines until the buffer is full, then writes them at once, on the event loop', () => {
    const file = join(dir, 'log');
    const fd = openSync(file, 'w');
    const destination = logDestination(fd, 4096);
    let bytesWritten = 0;
    destination.on('write', (bytes: number) => (bytesWritten += bytes));
    let sent = '';
    let n = 0;
    while (sent.length <= 4096) {
      expect(bytesWritten).toBe(0);
      sent += line(n);
      destination.write(line(n++));
    }
    // Written before the write call returned: no thread pool, nothing to wait for (an asynchronous
    // SonicBoom reports its writes from a later turn of the event loop).
    expect(bytesWritten).toBe(sent.length);
    const written = readFileSync(file, 'utf8');
    expect(written).toBe(sent);
    destination.write(line(n));
    expect(readFileSync(file, 'utf8')).toBe(written);
    destination.flushSync();
    expect(readFileSync(file, 'utf8')).toBe(written + line(n));
    // Closes the descriptor too.
    destination.destroy();
  });

  it('writes each line at once without a buffer', () => {
    const file = join(dir, 'log');
    const fd = openSync(file, 'w');
    const destination = logDestination(fd, 0);
    let bytesWritten = 0;
    destination.on('write', (bytes: number) => (bytesWritten += bytes));
    destination.write(line(1));
    expect(bytesWritten).toBe(line(1).length);
    expect(readFileSync(file, 'utf8')).toBe(line(1));
    // Closes the descriptor too.
    destination.destroy();
  });

  // A real process, since what is tested is what happens as it ends: the module compiled as it is
  // built, beside node_modules so that it finds pino.
  it.each([
    ['exits', 'process.exit(0);', 0],
    ['ends with nothing left to do', '', 0],
    ['dies of an uncaught error', "throw new Error('boom');", 1],
  ])('writes the lines still buffered when the process %s', (_how, ending, status) => {
    const cache = join(process.cwd(), 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const moduleDir = mkdtempSync(join(cache, 'log-destination-'));
    try {
      const source = readFileSync(join(process.cwd(), 'src/logging/log-destination.ts'), 'utf8');
      const compiled = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } }).outputText;
      writeFileSync(join(moduleDir, 'log-destination.mjs'), compiled);
      const script = `import { logDestination } from './log-destination.mjs';
        const destination = logDestination(1, 4096);
        destination.write(${JSON.stringify(line(1))});
        destination.write(${JSON.stringify(line(2))});
        ${ending}`;
      writeFileSync(join(moduleDir, 'main.mjs'), script);
      const run = spawnSync(process.execPath, [join(moduleDir, 'main.mjs')], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(status);
      expect(run.stdout).toBe(line(1) + line(2));
    } finally {
      rmSync(moduleDir, { recursive: true, force: true });
    }
  });
});

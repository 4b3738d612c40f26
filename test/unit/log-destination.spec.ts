import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import ts from 'typescript';
import { GatheredLines, logDestination } from '../../src/logging/log-destination.js';

const line = (n: number) => `{"level":30,"n":${n},"msg":"${'x'.repeat(90)}"}\n`;

describe('the log destination', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'log-destination-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A destination on a new file, and how many bytes its SonicBoom has reported written so far. */
  function onFile(bufferBytes: number) {
    const file = join(dir, 'log');
    const destination = logDestination(openSync(file, 'w'), bufferBytes);
    const counted = { file, destination, bytesWritten: 0 };
    const sonicBoom = destination instanceof GatheredLines ? destination.sonicBoom : destination;
    sonicBoom.on('write', (bytes: number) => (counted.bytesWritten += bytes));
    return counted;
  }

  it('gathers lines until the buffer is full, then writes them at once, on the event loop', () => {
    const counted = onFile(4096);
    const { file, destination } = counted;
    let sent = '';
    let n = 0;
    while (sent.length <= 4096) {
      expect(counted.bytesWritten).toBe(0);
      sent += line(n);
      destination.write(line(n++));
    }
    // Written before the write call returned: no thread pool, nothing to wait for (an asynchronous
    // SonicBoom reports its writes from a later turn of the event loop).
    expect(counted.bytesWritten).toBe(sent.length);
    const written = readFileSync(file, 'utf8');
    expect(written).toBe(sent);
    destination.write(line(n));
    expect(readFileSync(file, 'utf8')).toBe(written);
    destination.flushSync();
    expect(readFileSync(file, 'utf8')).toBe(written + line(n));
    // Closes the descriptor too.
    destination.destroy();
  });

  it('writes what it has gathered a second after, though the buffer is not full', () => {
    jest.useFakeTimers();
    try {
      const { file, destination } = onFile(4096);
      destination.write(line(1));
      jest.advanceTimersByTime(999);
      expect(readFileSync(file, 'utf8')).toBe('');
      jest.advanceTimersByTime(1);
      expect(readFileSync(file, 'utf8')).toBe(line(1));
      destination.destroy();
    } finally {
      jest.useRealTimers();
    }
  });

  it('writes lines of any script whole, however the blocks fall', () => {
    const { file, destination } = onFile(100);
    const lines = Array.from({ length: 40 }, (_, n) => `{"n":${n},"msg":"Zoë Ångström 张伟 \u{1F600} ${'€'.repeat(n)}"}\n`);
    for (const text of lines) destination.write(text);
    destination.flushSync();
    expect(readFileSync(file, 'utf8')).toBe(lines.join(''));
    destination.destroy();
  });

  it("writes what is gathered when pino's logger is flushed", async () => {
    const { file, destination } = onFile(4096);
    const logger = pino({ base: null, timestamp: false }, destination);
    logger.info('one line');
    expect(readFileSync(file, 'utf8')).toBe('');
    await new Promise<void>((resolve, reject) => logger.flush((error) => (error ? reject(error) : resolve())));
    expect(readFileSync(file, 'utf8')).toBe('{"level":30,"msg":"one line"}\n');
    destination.destroy();
  });

  it('writes each line at once without a buffer', () => {
    const counted = onFile(0);
    const { file, destination } = counted;
    destination.write(line(1));
    expect(counted.bytesWritten).toBe(line(1).length);
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

import { ProcessTurns } from '../../src/database/process-turns.js';
import { ApiError } from '../../src/errors/api-error.js';

const tooLong = () => new ApiError(70504, 'waited too long');
const settled = () => new Promise((resolve) => setImmediate(resolve));

/** Work that runs until `finish` is called, noting when it starts and ends. */
function heldWork(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    work: async () => {
      log.push(`${name} starts`);
      await done;
      log.push(`${name} ends`);
      return name;
    },
    finish: () => finish(),
  };
}

describe('ProcessTurns', () => {
  it('runs work under one key one at a time, in the order it came, and work under another key beside it', async () => {
    const turns = new ProcessTurns(60_000, tooLong);
    const log: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((name) => heldWork(log, name));
    const other = heldWork(log, 'other');
    const results = [turns.run('k', a.work), turns.run('k', b.work), turns.run('k', c.work), turns.run('j', other.work)];
    await settled();
    expect(log).toEqual(['a starts', 'other starts']);
    b.finish();
    c.finish();
    a.finish();
    other.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'other']);
    expect(log.filter((entry) => !entry.startsWith('other'))).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });

  it('gives up on a wait past maxWaitMs with the given error, and the next still waits for the work running', async () => {
    // Every wait below that ends in time can only end by its timer: nothing here depends on speed.
    const turns = new ProcessTurns(20, tooLong);
    const log: string[] = [];
    const running = heldWork(log, 'running');
    const first = turns.run('k', running.work);
    await expect(turns.run('k', async () => 'never')).rejects.toMatchObject({ code: 70504 });
    // The work given up on does not open the way: the next one waits for the work still running.
    await expect(turns.run('k', heldWork(log, 'next').work)).rejects.toMatchObject({ code: 70504 });
    expect(log).toEqual(['running starts']);
    running.finish();
    expect(await first).toBe('running');
    expect(await turns.run('k', async () => 'last')).toBe('last');
  });

  it('forgets a key once its work has all finished', async () => {
    const turns = new ProcessTurns(60_000, tooLong);
    await Promise.all([turns.run('k', async () => 1), turns.run('k', async () => 2)]);
    await settled();
    expect((turns as unknown as { tails: Map<string, unknown> }).tails.size).toBe(0);
  });

  it('lets the next work run after work that failed', async () => {
    const turns = new ProcessTurns(60_000, tooLong);
    const failed = turns.run('k', async () => {
      throw new Error('the load was refused');
    });
    const next = turns.run('k', async () => 'next');
    await expect(failed).rejects.toThrow('the load was refused');
    expect(await next).toBe('next');
  });
});

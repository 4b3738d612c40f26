import { recordTaken } from '../../src/jobs/record-taken.js';

/** A log that keeps each line with its level. */
function keptLog() {
  const lines: Array<[string, string]> = [];
  return { lines, warn: (message: string) => lines.push(['warn', message]), error: (message: string) => lines.push(['error', message]) };
}

describe('recording what a receiver took', () => {
  it('tries the write again while it fails, and says it landed', async () => {
    const log = keptLog();
    let writes = 0;
    const landed = await recordTaken(
      async () => {
        if (++writes < 3) throw new Error(`write ${writes} failed`);
      },
      log,
      'mail m1 was taken by the mail server',
      [0, 0, 0],
    );
    expect(landed).toBe(true);
    expect(writes).toBe(3);
    expect(log.lines).toEqual([
      ['warn', 'mail m1 was taken by the mail server; recording it failed (write 1 failed), trying again'],
      ['warn', 'mail m1 was taken by the mail server; recording it failed (write 2 failed), trying again'],
    ]);
  });

  it('gives up after the last delay, says so, and does not throw', async () => {
    const log = keptLog();
    const landed = await recordTaken(() => Promise.reject(new Error('down')), log, 'webhook w1 was answered 200', [0, 0]);
    expect(landed).toBe(false);
    expect(log.lines.map(([level]) => level)).toEqual(['warn', 'warn', 'error']);
    expect(log.lines[2][1]).toBe('webhook w1 was answered 200; recording it failed (down); it goes again when its lease ends');
  });
});

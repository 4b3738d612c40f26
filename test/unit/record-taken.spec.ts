import { recordTaken } from '../../src/jobs/record-taken.js';

describe('recording what a receiver took', () => {
  it('tries the write again while it fails, and says it landed', async () => {
    const heard: Array<[string, boolean]> = [];
    let writes = 0;
    const landed = await recordTaken(
      async () => {
        if (++writes < 3) throw new Error(`write ${writes} failed`);
      },
      (error, tryingAgain) => heard.push([error.message, tryingAgain]),
      [0, 0, 0],
    );
    expect(landed).toBe(true);
    expect(writes).toBe(3);
    expect(heard).toEqual([
      ['write 1 failed', true],
      ['write 2 failed', true],
    ]);
  });

  it('gives up after the last delay, says so, and does not throw', async () => {
    const heard: boolean[] = [];
    const landed = await recordTaken(
      () => Promise.reject(new Error('down')),
      (_, tryingAgain) => heard.push(tryingAgain),
      [0, 0],
    );
    expect(landed).toBe(false);
    expect(heard).toEqual([true, true, false]);
  });
});

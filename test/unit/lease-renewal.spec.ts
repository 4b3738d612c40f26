import { keepLeases } from '../../src/jobs/lease-renewal.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('keeping the leases of claimed rows while they are sent', () => {
  it('renews the rows still held, every third of the lease, and stops when the work settles', async () => {
    const renewed: string[][] = [];
    const held = new Set(['a', 'b']);
    const answer = await keepLeases(held, { ms: 60, renew: async (ids) => void renewed.push(ids) }, { warn: () => undefined }, async () => {
      // Timers fire in order of when they are due, so the 20 ms renewals come before these waits end.
      await sleep(70);
      held.delete('a');
      await sleep(70);
      return 'done';
    });
    expect(answer).toBe('done');
    expect(renewed.length).toBeGreaterThanOrEqual(2);
    expect(renewed[0]).toEqual(['a', 'b']);
    expect(renewed.at(-1)).toEqual(['b']);
    const settled = renewed.length;
    await sleep(100);
    expect(renewed).toHaveLength(settled);
  });

  it('tells a failed renewal and keeps trying; the work is not disturbed', async () => {
    const warnings: string[] = [];
    let renewals = 0;
    const answer = await keepLeases(
      new Set(['a']),
      {
        ms: 30,
        renew: async () => {
          renewals++;
          throw new Error('the database is away');
        },
      },
      { warn: (message) => warnings.push(message) },
      async () => {
        await sleep(100);
        return 42;
      },
    );
    expect(answer).toBe(42);
    expect(renewals).toBeGreaterThanOrEqual(2);
    expect(warnings[0]).toBe('renewing the lease of 1 claimed item(s) failed (the database is away)');
  });

  it("passes the work's failure on, after stopping", async () => {
    let renewals = 0;
    const failing = keepLeases(new Set(['a']), { ms: 30, renew: async () => void renewals++ }, { warn: () => undefined }, async () => {
      await sleep(50);
      throw new Error('send failed');
    });
    await expect(failing).rejects.toThrow('send failed');
    const after = renewals;
    await sleep(60);
    expect(renewals).toBe(after);
  });
});

import { ApiError } from '../errors/api-error.js';

/**
 * Work under one key, one at a time within this process, in the order it came. For work that waits
 * on a lock every process takes (takeTransactionLock) while it holds a pooled connection: a burst of
 * it otherwise held every connection of the pool waiting on the lock, and every other request, any
 * organisation's, waited for a connection (a TRF lookup took 9 s behind 15 results loads, and loads
 * answered 503 "unreachable"). Here at most one connection of the process waits on the lock; the
 * rest of the work waits in memory, at most `maxWaitMs`, and then answers 504, as a lock wait past
 * the statement timeout would.
 */
export class ProcessTurns {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    private readonly maxWaitMs: number,
    private readonly tooLong: () => ApiError,
  ) {}

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key);
    let finished!: () => void;
    const mine = new Promise<void>((resolve) => (finished = resolve));
    // Whoever comes next waits for the work ahead of this one as well as for this one, so that work
    // given up on while waiting does not let the next start beside the work still running.
    const tail = before ? before.then(() => mine) : mine;
    this.tails.set(key, tail);
    // Forgotten once everything up to this one has finished, if nothing came after it.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    try {
      if (before) await this.waitFor(before);
      return await work();
    } finally {
      finished();
    }
  }

  private async waitFor(turn: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(this.tooLong()), this.maxWaitMs)));
    try {
      await Promise.race([turn, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Waits before each new try of recording what a receiver took: about 6 s in all, inside a job's lease. */
export const RECORD_RETRY_MS: readonly number[] = [200, 1000, 5000];

/**
 * Writes down that a mail server or webhook receiver took a message. Once it has, a failed write is
 * not a failed send (the retry would send it twice), so the write is tried again while the database
 * fails. Answers whether it landed; if it never does, the row stays claimed and the message goes
 * again when its lease ends, as after a crash: at least once. `failed` hears of each failed write,
 * and whether another try follows.
 */
export async function recordTaken(
  record: () => Promise<void>,
  failed: (error: Error, tryingAgain: boolean) => void,
  delaysMs: readonly number[] = RECORD_RETRY_MS,
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await record();
      return true;
    } catch (error) {
      const tryingAgain = attempt < delaysMs.length;
      failed(error as Error, tryingAgain);
      if (!tryingAgain) return false;
      await new Promise((resolve) => setTimeout(resolve, delaysMs[attempt]));
    }
  }
}

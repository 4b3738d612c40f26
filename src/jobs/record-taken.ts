/** Waits before each new try of recording what a receiver took: about 6 s in all, inside a job's lease. */
export const RECORD_RETRY_MS: readonly number[] = [200, 1000, 5000];

/** Where the failed writes are told: a Nest Logger, or anything with its two methods. */
export interface RecordLog {
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Writes down that a mail server or webhook receiver took a message. Once it has, a failed write is
 * not a failed send (the retry would send it twice), so the write is tried again while the database
 * fails. Answers whether it landed; if it never does, the row stays claimed and the message goes
 * again when its lease ends, as after a crash: at least once. Each failed write is logged after
 * `what` ("mail … was taken by the mail server"): a warning while another try follows, an error after the last.
 */
export async function recordTaken(record: () => Promise<void>, log: RecordLog, what: string, delaysMs: readonly number[] = RECORD_RETRY_MS): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await record();
      return true;
    } catch (error) {
      const failed = `${what}; recording it failed (${(error as Error).message})`;
      if (attempt >= delaysMs.length) {
        log.error(`${failed}; it goes again when its lease ends`);
        return false;
      }
      log.warn(`${failed}, trying again`);
      await new Promise((resolve) => setTimeout(resolve, delaysMs[attempt]));
    }
  }
}

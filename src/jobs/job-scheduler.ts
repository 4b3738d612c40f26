import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/**
 * One batch of work; answers how many items it handled, so a full batch runs again at once.
 * `stopping` is aborted when the process begins to close: a batch that works through its items one
 * at a time stops after the one under way and gives the rest back.
 */
export type JobBatch = (stopping: AbortSignal) => Promise<number>;

interface Job {
  name: string;
  intervalMs: number;
  batch: JobBatch;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  kicked: boolean;
}

/**
 * Runs the background jobs (mail outbox, webhook deliveries, expiry sweep) in this process. Jobs are
 * started only after the migrations (`start()` from the app factory), every claim is a lease in the
 * database, so several processes can run them side by side; shutdown waits for a running batch.
 */
@Injectable()
export class JobScheduler implements BeforeApplicationShutdown {
  private readonly logger = new Logger('JobScheduler');
  private readonly jobs = new Map<string, Job>();
  private started = false;
  private readonly stopping = new AbortController();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  register(name: string, batch: JobBatch, intervalMs = this.config.jobsPollIntervalMs): void {
    this.jobs.set(name, { name, intervalMs, batch, kicked: false });
  }

  start(): void {
    if (this.started || !this.config.jobsEnabled) return;
    this.started = true;
    for (const job of this.jobs.values()) this.schedule(job, 0);
  }

  /** Runs a job soon, for work just committed (a queued mail), instead of at its next interval. */
  kick(name: string): void {
    const job = this.jobs.get(name);
    if (!job || !this.started || this.stopped) return;
    if (job.running) job.kicked = true;
    else this.schedule(job, 0);
  }

  /** Starts no more batches and tells the running ones to stop (`stopping`); the app's close waits for them. */
  stop(): void {
    this.stopping.abort();
    for (const job of this.jobs.values()) clearTimeout(job.timer);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stop();
    await Promise.all([...this.jobs.values()].map((job) => job.running));
  }

  private get stopped(): boolean {
    return this.stopping.signal.aborted;
  }

  private schedule(job: Job, delayMs: number): void {
    clearTimeout(job.timer);
    job.timer = setTimeout(() => void this.run(job), delayMs);
    job.timer.unref();
  }

  private async run(job: Job): Promise<void> {
    if (this.stopped || job.running) return;
    job.kicked = false;
    job.running = (async () => {
      try {
        while (!this.stopped && (await job.batch(this.stopping.signal)) > 0) {
          // A full batch: there may be more due right now.
        }
      } catch (error) {
        this.logger.warn(`job ${job.name} failed: ${(error as Error).message}`);
      }
    })();
    await job.running;
    job.running = undefined;
    if (!this.stopped) this.schedule(job, job.kicked ? 0 : job.intervalMs);
  }
}

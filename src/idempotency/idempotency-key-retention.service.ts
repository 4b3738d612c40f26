import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobScheduler } from '../jobs/job-scheduler.js';

const HOURLY = 3_600_000;
const BATCH = 5000;

/**
 * Idempotency keys older than IDEMPOTENCY_KEY_RETENTION_HOURS are forgotten, a batch at a time: a
 * retry comes within seconds or hours, and every keyed POST (each signed test allocation the SDK
 * sends) would otherwise keep its row, and its answer, for good. A key still being answered is not
 * visible to the delete until its transaction commits.
 */
@Injectable()
export class IdempotencyKeyRetentionService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register('idempotency-key-retention', () => this.purge(), HOURLY);
  }

  /** Deletes one batch of expired keys; answers how many when the batch was full (the scheduler runs it again at once), else 0. */
  async purge(): Promise<number> {
    const [, removed]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE (client_id, key) IN (
         SELECT client_id, key FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1) ORDER BY created_at LIMIT ${BATCH})`,
      [this.config.idempotencyKeyRetentionHours],
    );
    return removed === BATCH ? removed : 0;
  }
}

import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobScheduler } from '../jobs/job-scheduler.js';

const HOURLY = 3_600_000;
const BATCH = 5000;

/** Events older than EVENT_RETENTION_DAYS leave the feed, with their deliveries, a batch at a time. */
@Injectable()
export class EventRetentionService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register('event-retention', () => this.purge(), HOURLY);
  }

  async purge(): Promise<number> {
    const [, removed]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM events WHERE seq IN (SELECT seq FROM events WHERE created_at < now() - make_interval(days => $1) ORDER BY created_at LIMIT ${BATCH})`,
      [this.config.eventRetentionDays],
    );
    return removed === BATCH ? removed : 0;
  }
}

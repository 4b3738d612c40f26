import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobScheduler } from '../jobs/job-scheduler.js';
import { newTestPassword } from './test-credentials.js';

const BATCH = 100;

/**
 * The plan the iTEP document mentions, built: an assigned test still Ready whose `assigned-to.expire`
 * date has passed goes back to the inventory with a new password. Runs every FULFILLMENT_EXPIRY_SWEEP_MS.
 */
@Injectable()
export class TestExpiryService implements OnModuleInit {
  private readonly logger = new Logger('TestExpiry');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register('test-expiry', () => this.recycleExpired(), this.config.expirySweepIntervalMs);
  }

  async recycleExpired(): Promise<number> {
    const recycled = await this.dataSource.transaction(async (manager) => {
      const due: Array<{ test_id: string }> = await manager.query(
        `SELECT test_id FROM fulfillment_tests WHERE status = 'Ready' AND assigned_to IS NOT NULL AND expires_on < current_date
          ORDER BY expires_on LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      for (const { test_id: testId } of due) {
        await manager.query(
          `UPDATE fulfillment_tests SET assigned_to = NULL, registration = NULL, track_code = NULL, product_code = NULL, assigned_at = NULL,
             expires_on = NULL, password = $2, recycled_count = recycled_count + 1, updated_at = now() WHERE test_id = $1`,
          [testId, newTestPassword()],
        );
      }
      return due.map((row) => row.test_id);
    });
    if (recycled.length) this.logger.log(`returned ${recycled.length} expired test(s) to the inventory: ${recycled.join(', ')}`);
    return recycled.length === BATCH ? recycled.length : 0;
  }
}

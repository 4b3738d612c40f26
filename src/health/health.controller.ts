import { Controller } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiReply } from '../contract/api-reply.js';
import { ShutdownState } from '../lifecycle/shutdown-state.js';
import { MetricsRegistry } from '../metrics/metrics-registry.js';
import { HealthApi } from '../platform/generated/health.api.js';
import type { HealthStatus } from '../platform/generated/platform.dto.js';

@Controller()
export class HealthController extends HealthApi {
  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: MetricsRegistry,
    private readonly shutdown: ShutdownState,
  ) {
    super();
  }

  async getLiveness(): Promise<HealthStatus> {
    return { status: 'ok' };
  }

  async getReadiness(): Promise<ApiReply<HealthStatus, 200> | ApiReply<HealthStatus, 503>> {
    const checks = { database: (await this.databaseAnswers()) ? 'ok' : 'unavailable', process: this.shutdown.shuttingDown ? 'unavailable' : 'ok' } as const;
    if (checks.database === 'ok' && checks.process === 'ok') return new ApiReply(200, { status: 'ok', checks });
    return new ApiReply(503, { status: 'unavailable', checks });
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async getMetrics(): Promise<ApiReply<string, 200>> {
    return new ApiReply(200, await this.metrics.registry.metrics(), { 'Content-Type': this.metrics.registry.contentType });
  }
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SecretBox } from '../common/secret-box.js';
import { signedWebhookHeaders, webhookSendFailure } from '../common/standard-webhook-signature.js';
import { postWebhook } from '../common/webhook-request.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiError } from '../errors/api-error.js';
import { afterFailedAttempt } from '../jobs/backoff.js';
import { JobScheduler } from '../jobs/job-scheduler.js';
import { claimLease, keepLeases } from '../jobs/lease-renewal.js';
import { recordTaken } from '../jobs/record-taken.js';
import type { FulfillmentTestEntity } from './entities/fulfillment-test.entity.js';
import type { TrackEntity } from './entities/track.entity.js';
import type { DeliveryStatus, WebhookDeliveryEntity } from './entities/webhook-delivery.entity.js';
import { deliveryColumns, trackColumns } from './fulfillment-columns.js';
import type { WebhookDelivery } from './generated/fulfillment.dto.js';
import { resultWebhookData } from './result-webhook-payload.js';

const JOB = 'result-webhooks';
const BATCH = 10;

interface Claimed {
  id: string;
  track_code: string;
  test_id: string;
  data: string;
  attempts: number;
}

export function deliveryView(d: WebhookDeliveryEntity): WebhookDelivery {
  return {
    deliveryId: d.id,
    trackCode: d.trackCode,
    testId: d.testId,
    event: d.event,
    sequence: Number(d.sequence),
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
    lastError: d.lastError,
    lastStatusCode: d.lastStatusCode,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    data: d.data,
  };
}

/**
 * The results webhook queue: a delivery is written with the test's change (same transaction), then
 * POSTed by a job as the live system's form (`data=<JSON>`), Standard-Webhooks-signed; retried with
 * exponential backoff, one at a time per test in sequence order, dead after WEBHOOK_MAX_ATTEMPTS.
 */
@Injectable()
export class ResultWebhookDeliveryService implements OnModuleInit {
  private readonly logger = new Logger('ResultWebhooks');

  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
    private readonly jobs: JobScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(JOB, () => this.deliverDue());
  }

  async enqueue(manager: EntityManager, test: FulfillmentTestEntity, event: string): Promise<void> {
    await manager.query('INSERT INTO fulfillment_webhook_deliveries (id, track_code, test_id, event, data) VALUES ($1, $2, $3, $4, $5)', [
      randomUUID(),
      test.trackCode!,
      test.testId,
      event,
      JSON.stringify(resultWebhookData(test)),
    ]);
  }

  deliverSoon(): void {
    this.jobs.kick(JOB);
  }

  async deliverDue(): Promise<number> {
    // The batch's requests run side by side, each bounded by WEBHOOK_TIMEOUT_MS: the lease covers that.
    const leaseSeconds = Math.max(this.config.jobLeaseMs, this.config.webhookTimeoutMs + 5000) / 1000;
    const result = await this.dataSource.query(
      `UPDATE fulfillment_webhook_deliveries SET attempts = attempts + 1, locked_until = now() + make_interval(secs => $1)
        WHERE id IN (SELECT d.id FROM fulfillment_webhook_deliveries d
                      WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND (d.locked_until IS NULL OR d.locked_until < now())
                        AND NOT EXISTS (SELECT 1 FROM fulfillment_webhook_deliveries e
                                         WHERE e.test_id = d.test_id AND e.status = 'pending' AND e.sequence < d.sequence)
                      ORDER BY d.sequence LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id, track_code, test_id, data, attempts`,
      [leaseSeconds],
    );
    // An UPDATE … RETURNING answers [rows, count] through TypeORM.
    const claimed = result[0] as Claimed[];
    // Each stays leased until it is settled, whatever the receiver's and the record's delays add up to.
    const held = new Set(claimed.map((delivery) => delivery.id));
    await keepLeases(held, claimLease(this.dataSource, 'fulfillment_webhook_deliveries', leaseSeconds * 1000), this.logger, () =>
      Promise.all(claimed.map((delivery) => this.deliverOne(delivery).finally(() => held.delete(delivery.id)))),
    );
    return claimed.length;
  }

  private async deliverOne(delivery: Claimed): Promise<void> {
    let statusCode: number | null = null;
    try {
      const [track]: TrackEntity[] = await this.dataSource.query(`SELECT ${trackColumns()} FROM fulfillment_tracks WHERE code = $1`, [delivery.track_code]);
      const body = new URLSearchParams({ data: delivery.data }).toString();
      const headers = signedWebhookHeaders('application/x-www-form-urlencoded', this.secrets.open(track.signingSecretSealed), delivery.id, body);
      if (track.authSealed) headers.authorization = this.secrets.open(track.authSealed);
      ({ statusCode } = await postWebhook(track.url, body, headers, this.config.webhookTimeoutMs, this.config.trackNetwork));
      if (statusCode < 200 || statusCode >= 300) throw new Error(`the endpoint answered ${statusCode}`);
    } catch (error) {
      return this.failedAttempt(delivery, error, statusCode);
    }
    await recordTaken(
      () =>
        this.dataSource.query(
          `UPDATE fulfillment_webhook_deliveries SET status = 'delivered', delivered_at = now(), locked_until = NULL, last_status_code = $2, last_error = NULL WHERE id = $1`,
          [delivery.id, statusCode],
        ),
      this.logger,
      `webhook ${delivery.id} for ${delivery.test_id} was answered ${statusCode}`,
    );
  }

  private async failedAttempt(delivery: Claimed, error: unknown, statusCode: number | null): Promise<void> {
    const message = webhookSendFailure(error);
    const { dead, delayMs: delay, status } = afterFailedAttempt(delivery.attempts, this.config.webhookMaxAttempts, this.config.webhookRetryBaseMs);
    await this.dataSource.query(
      `UPDATE fulfillment_webhook_deliveries SET status = $2, locked_until = NULL, next_attempt_at = now() + make_interval(secs => $3), last_error = $4, last_status_code = $5
        WHERE id = $1`,
      [delivery.id, status, delay / 1000, message, statusCode],
    );
    this.logger.warn(
      `webhook ${delivery.id} for ${delivery.test_id} attempt ${delivery.attempts} failed: ${message}${dead ? '; marked dead' : `; retry in ${delay} ms`}`,
    );
  }

  async list(filters: { status?: DeliveryStatus; testId?: string; limit?: number }): Promise<WebhookDelivery[]> {
    const deliveries: WebhookDeliveryEntity[] = await this.dataSource.query(
      `SELECT ${deliveryColumns()} FROM fulfillment_webhook_deliveries WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR test_id = $2)
        ORDER BY created_at DESC, sequence DESC LIMIT $3`,
      [filters.status ?? null, filters.testId ?? null, filters.limit ?? 100],
    );
    return deliveries.map(deliveryView);
  }

  async redrive(id: string): Promise<WebhookDelivery> {
    const delivery = await this.dataSource.transaction(async (manager) => {
      const [found]: Array<Pick<WebhookDeliveryEntity, 'status'>> = await manager.query(
        'SELECT status FROM fulfillment_webhook_deliveries WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!found) throw new ApiError(70404, `No webhook delivery ${id}.`);
      if (found.status !== 'dead') throw new ApiError(70409, `The delivery ${id} is ${found.status}; only a dead delivery can be re-driven.`);
      const [[redriven]]: [WebhookDeliveryEntity[]] = await manager.query(
        `UPDATE fulfillment_webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), locked_until = NULL WHERE id = $1 RETURNING ${deliveryColumns()}`,
        [id],
      );
      return redriven;
    });
    this.deliverSoon();
    return deliveryView(delivery);
  }
}

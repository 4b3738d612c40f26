import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { signedWebhookHeaders, webhookSendFailure } from '../common/standard-webhook-signature.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { PgNotifications } from '../database/pg-notifications.service.js';
import { ApiError } from '../errors/api-error.js';
import { afterFailedScheduledAttempt } from '../jobs/backoff.js';
import { JobScheduler } from '../jobs/job-scheduler.js';
import { claimLease, keepLeases } from '../jobs/lease-renewal.js';
import { recordTaken } from '../jobs/record-taken.js';
import type { EventDeliveryStatus } from './entities/event-delivery.entity.js';
import { EVENTS_RECORDED } from './event-outbox.service.js';
import { eventView, type EventRow } from './event-view.js';
import type { EventDelivery, PingOutcome } from './generated/events.dto.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';
import { postWebhook } from '../common/webhook-request.js';

const JOB = 'event-deliveries';
const BATCH = 20;

interface Claimed extends EventRow {
  delivery_id: string;
  endpoint_id: string;
  attempts: number;
  url: string;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: Date | null;
}

interface DeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  status: EventDeliveryStatus;
  attempts: number;
  next_attempt_at: Date;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  created_at: Date;
}

const DELIVERY_COLUMNS = `d.id, e.id AS event_id, e.type AS event_type, d.status, d.attempts, d.next_attempt_at, d.last_status_code, d.last_error,
  d.delivered_at, d.created_at`;

/**
 * Pushes events to the endpoints that subscribe to them, per Standard Webhooks: at least once,
 * retried on EVENT_RETRY_SCHEDULE, in order per resource (a delivery waits while an earlier one of
 * the same resource to the same endpoint is pending). A failed attempt marks the endpoint failing;
 * a delivered one clears that and brings its waiting deliveries forward (the endpoint is back);
 * a delivery that runs out of retries fails for good and, with WEBHOOK_AUTO_DISABLE, turns its
 * endpoint off. Claims are leases in the database, so several processes deliver side by side.
 */
@Injectable()
export class EventDeliveryService implements OnModuleInit {
  private readonly logger = new Logger('EventDeliveries');

  constructor(
    private readonly dataSource: DataSource,
    private readonly endpoints: WebhookEndpointsService,
    private readonly jobs: JobScheduler,
    private readonly notifications: PgNotifications,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(JOB, () => this.deliverDue());
    // Sent when an event's transaction commits, in whichever process wrote it.
    this.notifications.listen(EVENTS_RECORDED, () => this.jobs.kick(JOB));
    this.notifications.onReconnect(() => this.jobs.kick(JOB));
  }

  async deliverDue(): Promise<number> {
    // The batch's requests run side by side, each bounded by WEBHOOK_TIMEOUT_MS: the lease covers that.
    const leaseSeconds = Math.max(this.config.jobLeaseMs, this.config.webhookTimeoutMs + 5000) / 1000;
    const [claimed]: [Claimed[]] = await this.dataSource.query(
      `UPDATE event_deliveries d SET attempts = d.attempts + 1, locked_until = now() + make_interval(secs => $1)
         FROM events e, webhook_endpoints w
        WHERE d.id IN (SELECT d.id FROM event_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
                        WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND (d.locked_until IS NULL OR d.locked_until < now()) AND w.enabled
                          AND NOT EXISTS (SELECT 1 FROM event_deliveries p
                                           WHERE p.endpoint_id = d.endpoint_id AND p.resource_key = d.resource_key AND p.status = 'pending'
                                             AND p.event_seq < d.event_seq)
                        ORDER BY d.event_seq LIMIT ${BATCH} FOR UPDATE OF d SKIP LOCKED)
          AND e.seq = d.event_seq AND w.id = d.endpoint_id
       RETURNING d.id AS delivery_id, d.endpoint_id, d.attempts, w.url, w.secret_sealed, w.previous_secret_sealed, w.previous_secret_expires_at,
                 e.id, e.type, e.data, e.created_at`,
      [leaseSeconds],
    );
    // Each stays leased until it is settled, whatever the receiver's and the record's delays add up to.
    const held = new Set(claimed.map((delivery) => delivery.delivery_id));
    await keepLeases(held, claimLease(this.dataSource, 'event_deliveries', leaseSeconds * 1000), this.logger, () =>
      Promise.all(claimed.map((delivery) => this.deliverOne(delivery).finally(() => held.delete(delivery.delivery_id)))),
    );
    return claimed.length;
  }

  private async deliverOne(delivery: Claimed): Promise<void> {
    const body = JSON.stringify(eventView(delivery));
    const secrets = this.endpoints.signingSecrets({
      secretSealed: delivery.secret_sealed,
      previousSecretSealed: delivery.previous_secret_sealed,
      previousSecretExpiresAt: delivery.previous_secret_expires_at,
    });
    const outcome = await this.send(delivery.url, delivery.id, body, secrets);
    if (outcome.delivered) {
      const recorded = await recordTaken(
        () =>
          this.dataSource.query(
            `UPDATE event_deliveries SET status = 'delivered', delivered_at = now(), locked_until = NULL, last_status_code = $2, last_error = NULL WHERE id = $1`,
            [delivery.delivery_id, outcome.statusCode],
          ),
        this.logger,
        `event ${delivery.id} to endpoint ${delivery.endpoint_id} was answered ${outcome.statusCode}`,
      );
      if (recorded) await this.endpointAnswered(delivery.endpoint_id);
      return;
    }
    const { failed, delayMs } = afterFailedScheduledAttempt(delivery.attempts, this.config.eventRetryScheduleMs);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE event_deliveries SET status = $2, locked_until = NULL, next_attempt_at = now() + make_interval(secs => $3), last_error = $4, last_status_code = $5
          WHERE id = $1`,
        [delivery.delivery_id, failed ? 'failed' : 'pending', delayMs / 1000, outcome.error, outcome.statusCode],
      );
      await manager.query('UPDATE webhook_endpoints SET failing_since = coalesce(failing_since, now()) WHERE id = $1', [delivery.endpoint_id]);
      if (failed && this.config.webhookAutoDisable) {
        await manager.query(
          `UPDATE webhook_endpoints SET enabled = false, disabled_reason = 'a delivery failed on every attempt of its schedule', updated_at = now()
            WHERE id = $1 AND enabled`,
          [delivery.endpoint_id],
        );
      }
    });
    this.logger.warn(
      `event ${delivery.id} to endpoint ${delivery.endpoint_id}, attempt ${delivery.attempts}: ${outcome.error}${failed ? '; failed for good' : `; retry in ${delayMs} ms`}`,
    );
  }

  /** Sends a signed ping to one of the organisation's endpoints now and says how it answered. */
  async ping(organisationId: string, endpointId: string): Promise<PingOutcome> {
    const endpoint = await this.endpoints.get(organisationId, endpointId);
    const ping = { id: `ping_${randomUUID().replace(/-/g, '')}`, type: 'webhook.ping', timestamp: new Date().toISOString(), data: { endpointId } };
    const started = Date.now();
    const outcome = await this.send(endpoint.url, ping.id, JSON.stringify(ping), this.endpoints.signingSecrets(endpoint));
    if (outcome.delivered) await this.endpointAnswered(endpointId);
    return { delivered: outcome.delivered, statusCode: outcome.statusCode, error: outcome.error, durationMs: Date.now() - started };
  }

  async list(organisationId: string, endpointId: string, status: EventDeliveryStatus | undefined, limit: number): Promise<EventDelivery[]> {
    await this.endpoints.get(organisationId, endpointId);
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT ${DELIVERY_COLUMNS} FROM event_deliveries d JOIN events e ON e.seq = d.event_seq
        WHERE d.endpoint_id = $1 AND ($2::text IS NULL OR d.status = $2) ORDER BY d.created_at DESC, e.seq DESC LIMIT $3`,
      [endpointId, status ?? null, limit],
    );
    return rows.map(deliveryView);
  }

  /** Queues one delivery again at once, with a fresh schedule, whatever its status. */
  async resend(organisationId: string, endpointId: string, deliveryId: string): Promise<EventDelivery> {
    await this.endpoints.get(organisationId, endpointId);
    const [[row]]: [DeliveryRow[]] = await this.dataSource.query(
      `UPDATE event_deliveries d SET status = 'pending', attempts = 0, next_attempt_at = now(), locked_until = NULL
         FROM events e WHERE d.id = $1 AND d.endpoint_id = $2 AND e.seq = d.event_seq
       RETURNING ${DELIVERY_COLUMNS}`,
      [deliveryId, endpointId],
    );
    if (!row) throw new ApiError(70404, `No delivery ${deliveryId} to webhook endpoint ${endpointId}.`);
    this.jobs.kick(JOB);
    return deliveryView(row);
  }

  /** Queues every kept event since `since` that the endpoint subscribes to, delivered before or not. */
  async resendSince(organisationId: string, endpointId: string, since: Date): Promise<number> {
    const endpoint = await this.endpoints.get(organisationId, endpointId);
    const queued: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO event_deliveries (id, endpoint_id, event_seq, resource_key)
       SELECT gen_random_uuid(), $1, e.seq, e.resource_key FROM events e
        WHERE e.organisation_id = $2 AND e.created_at >= $3 AND (e.type = ANY ($4) OR '*' = ANY ($4))
       ON CONFLICT (endpoint_id, event_seq) DO UPDATE
          SET status = 'pending', attempts = 0, next_attempt_at = now(), locked_until = NULL, last_error = NULL
       RETURNING id`,
      [endpointId, organisationId, since, endpoint.events],
    );
    this.jobs.kick(JOB);
    return queued.length;
  }

  /** The endpoint answered 2xx: it is not failing, and what waits for it goes out now. */
  private async endpointAnswered(endpointId: string): Promise<void> {
    await this.dataSource.query('UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL', [endpointId]);
    const [, broughtForward]: [unknown[], number] = await this.dataSource.query(
      `UPDATE event_deliveries SET next_attempt_at = now() WHERE endpoint_id = $1 AND status = 'pending' AND next_attempt_at > now()`,
      [endpointId],
    );
    if (broughtForward > 0) this.jobs.kick(JOB);
  }

  private async send(url: string, webhookId: string, body: string, secrets: string[]) {
    const headers = signedWebhookHeaders('application/json', secrets, webhookId, body);
    try {
      const { statusCode } = await postWebhook(url, body, headers, this.config.webhookTimeoutMs, this.config.webhookNetwork);
      if (statusCode >= 200 && statusCode < 300) return { delivered: true, statusCode, error: null };
      return { delivered: false, statusCode, error: `the endpoint answered ${statusCode}` };
    } catch (error) {
      return { delivered: false, statusCode: null, error: webhookSendFailure(error) };
    }
  }
}

function deliveryView(row: DeliveryRow): EventDelivery {
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type as EventDelivery['eventType'],
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at.toISOString() : null,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

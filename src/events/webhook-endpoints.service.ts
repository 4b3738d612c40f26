import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SecretBox } from '../common/secret-box.js';
import { newWebhookSecret } from '../common/standard-webhook-signature.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiError } from '../errors/api-error.js';
import type { WebhookEndpointEntity } from './entities/webhook-endpoint.entity.js';
import type { WebhookEndpoint, WebhookEndpointChange, WebhookEndpointInput, WebhookEndpointWithSecret } from './generated/events.dto.js';
import { ENDPOINT_COLUMNS, endpointView, previousSecretSigns } from './webhook-endpoint-view.js';
import { assertAllowedWebhookUrl } from '../common/webhook-url-policy.js';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import { IdempotentOperationService, type IdempotentOutcome } from '../idempotency/idempotent-operation.service.js';

/** Who asks: its Idempotency-Keys are its own, and its organisation's endpoints are the ones it changes. */
type Caller = Pick<AuthenticatedClient, 'clientId' | 'organisationId'>;

/** Endpoints an organisation may have at once. */
const MAX_ENDPOINTS = 20;

/** An organisation's webhook endpoints: registered, changed, rotated and removed by its clients. */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
    private readonly idempotency: IdempotentOperationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Registers an endpoint; the answer holds its secret. Under an Idempotency-Key a repeat answers the first endpoint and secret. */
  async create(caller: Caller, input: WebhookEndpointInput, idempotencyKey: string | undefined): Promise<IdempotentOutcome<WebhookEndpointWithSecret>> {
    // Outside the transaction: the URL's host is looked up, and no transaction waits on the network.
    await assertAllowedWebhookUrl(input.url, this.config.webhookNetwork);
    const secret = newWebhookSecret();
    return this.idempotency.run(
      caller.clientId,
      idempotencyKey,
      'createWebhookEndpoint',
      input,
      async (manager) => {
        // Counted under a lock on the organisation's row, so that concurrent creations cannot pass the limit together.
        await manager.query('SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE', [caller.organisationId]);
        const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM webhook_endpoints WHERE organisation_id = $1', [caller.organisationId]);
        if (count >= MAX_ENDPOINTS) throw new ApiError(70409, `An organisation may have at most ${MAX_ENDPOINTS} webhook endpoints; remove one first.`);
        const [created]: WebhookEndpointEntity[] = await manager.query(
          `INSERT INTO webhook_endpoints (id, organisation_id, url, description, events, secret_sealed) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${ENDPOINT_COLUMNS}`,
          [randomUUID(), caller.organisationId, input.url, input.description ?? null, distinct(input.events), this.secrets.seal(secret)],
        );
        return { status: 201, body: { ...endpointView(created), secret } };
      },
      { holdsSecret: true },
    );
  }

  async list(organisationId: string): Promise<WebhookEndpoint[]> {
    const endpoints: WebhookEndpointEntity[] = await this.dataSource.query(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE organisation_id = $1 ORDER BY created_at, id`,
      [organisationId],
    );
    return endpoints.map(endpointView);
  }

  async get(organisationId: string, id: string): Promise<WebhookEndpointEntity> {
    return this.find(this.dataSource.manager, organisationId, id, false);
  }

  async update(organisationId: string, id: string, change: WebhookEndpointChange): Promise<WebhookEndpoint> {
    if (change.url !== undefined) await assertAllowedWebhookUrl(change.url, this.config.webhookNetwork);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.find(manager, organisationId, id, true);
      const enabling = change.enabled === true && !current.enabled;
      const [updated]: [WebhookEndpointEntity[]] = await manager.query(
        `UPDATE webhook_endpoints SET url = $2, events = $3, description = $4, enabled = $5, updated_at = now(),
                failing_since = CASE WHEN $6 THEN NULL ELSE failing_since END,
                disabled_reason = CASE WHEN $5 THEN NULL WHEN $7 THEN 'turned off by the client' ELSE disabled_reason END
          WHERE id = $1 RETURNING ${ENDPOINT_COLUMNS}`,
        [
          id,
          change.url ?? current.url,
          change.events ? distinct(change.events) : current.events,
          change.description === undefined ? current.description : change.description,
          change.enabled ?? current.enabled,
          enabling,
          change.enabled === false && current.enabled,
        ],
      );
      // Turned on again: what waited goes out now rather than at its next retry.
      if (enabling) await manager.query(`UPDATE event_deliveries SET next_attempt_at = now() WHERE endpoint_id = $1 AND status = 'pending'`, [id]);
      return endpointView(updated[0]);
    });
  }

  async remove(organisationId: string, id: string): Promise<void> {
    const [, removed]: [unknown[], number] = await this.dataSource.query('DELETE FROM webhook_endpoints WHERE id = $1 AND organisation_id = $2', [
      id,
      organisationId,
    ]);
    if (!removed) throw notFound(id);
  }

  /**
   * A new secret; the previous one signs beside it for `overlapSeconds`. Under an Idempotency-Key a
   * repeat answers the first rotation's secret rather than rotating again.
   */
  async rotate(caller: Caller, id: string, overlapSeconds: number, idempotencyKey: string | undefined): Promise<IdempotentOutcome<WebhookEndpointWithSecret>> {
    const secret = newWebhookSecret();
    return this.idempotency.run(
      caller.clientId,
      idempotencyKey,
      'rotateWebhookSecret',
      { endpointId: id, overlapSeconds },
      async (manager) => {
        await this.find(manager, caller.organisationId, id, true);
        const [updated]: [WebhookEndpointEntity[]] = await manager.query(
          `UPDATE webhook_endpoints
              SET previous_secret_sealed = CASE WHEN $3 > 0 THEN secret_sealed END,
                  previous_secret_expires_at = CASE WHEN $3 > 0 THEN now() + make_interval(secs => $3) END,
                  secret_sealed = $2, updated_at = now()
            WHERE id = $1 RETURNING ${ENDPOINT_COLUMNS}`,
          [id, this.secrets.seal(secret), overlapSeconds],
        );
        return { status: 200, body: { ...endpointView(updated[0]), secret } };
      },
      { holdsSecret: true },
    );
  }

  /** The secrets deliveries are signed with now: the current one, and the previous while its overlap lasts. */
  signingSecrets(endpoint: Pick<WebhookEndpointEntity, 'secretSealed' | 'previousSecretSealed' | 'previousSecretExpiresAt'>): string[] {
    const current = this.secrets.open(endpoint.secretSealed);
    return previousSecretSigns(endpoint) ? [current, this.secrets.open(endpoint.previousSecretSealed!)] : [current];
  }

  private async find(manager: EntityManager, organisationId: string, id: string, lock: boolean): Promise<WebhookEndpointEntity> {
    const [endpoint]: WebhookEndpointEntity[] = await manager.query(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1 AND organisation_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [id, organisationId],
    );
    // Another organisation's endpoint answers as a missing one: no oracle across tenants.
    if (!endpoint) throw notFound(id);
    return endpoint;
  }
}

function notFound(id: string): ApiError {
  return new ApiError(70404, `No webhook endpoint ${id} for this organisation.`);
}

function distinct(types: string[]): string[] {
  return [...new Set(types)];
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiError } from '../errors/api-error.js';
import { hashSecret, newSecret } from './secret-hashing.js';

export interface NewApiClient {
  clientId: string;
  displayName: string;
  organisationId: string;
  scopes: string[];
  /** Requests per UTC day; DEFAULT_DAILY_QUOTA when left out. */
  dailyQuota?: number;
  /** The secret to store (the sandbox's documented ones); a new random one when left out. */
  secret?: string;
}

export interface ApiClientSummary {
  clientId: string;
  displayName: string;
  organisationCode: string;
  scopes: string[];
  dailyQuota: number;
  enabled: boolean;
  liveSecrets: number;
}

/**
 * The API clients and their secrets, which auth owns: the clients command and the demo seed create
 * and change them here. Secrets are stored as HMAC-SHA256 under the pepper; a new secret is answered
 * once and never again. Every change fires the auth_changed trigger, so all processes drop their
 * cached credentials.
 */
@Injectable()
export class ApiClientsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates the client with one secret; answers the secret. 409/70409 when the id is taken. */
  async create(input: NewApiClient, manager: EntityManager = this.dataSource.manager): Promise<{ clientId: string; secret: string }> {
    const secret = input.secret ?? newSecret();
    const [taken] = await manager.query('SELECT 1 FROM api_clients WHERE client_id = $1', [input.clientId]);
    if (taken) throw new ApiError(70409, `A client ${input.clientId} exists already.`);
    await manager.query('INSERT INTO api_clients (client_id, display_name, organisation_id, scopes, daily_quota) VALUES ($1, $2, $3, $4, $5)', [
      input.clientId,
      input.displayName,
      input.organisationId,
      input.scopes,
      input.dailyQuota ?? this.config.defaultDailyQuota,
    ]);
    await this.addSecret(manager, input.clientId, secret);
    return { clientId: input.clientId, secret };
  }

  async list(): Promise<ApiClientSummary[]> {
    return this.dataSource.query(`
      SELECT c.client_id AS "clientId", c.display_name AS "displayName", o.code AS "organisationCode", c.scopes, c.daily_quota AS "dailyQuota", c.enabled,
             (SELECT count(*)::int FROM api_client_secrets s WHERE s.client_id = c.client_id AND (s.expires_at IS NULL OR s.expires_at > now())) AS "liveSecrets"
        FROM api_clients c JOIN organisations o ON o.id = c.organisation_id ORDER BY c.client_id`);
  }

  /** The client's id and organisation, or 404/70404. */
  async require(clientId: string, manager: EntityManager = this.dataSource.manager): Promise<{ clientId: string; organisationId: string }> {
    const [client] = await manager.query('SELECT client_id AS "clientId", organisation_id AS "organisationId" FROM api_clients WHERE client_id = $1', [
      clientId,
    ]);
    if (!client) throw new ApiError(70404, `No client ${clientId}.`);
    return client;
  }

  /** Adds a new secret and ends the others after `graceHours`; answers the new secret. */
  async rotateSecret(clientId: string, graceHours: number): Promise<string> {
    const secret = newSecret();
    await this.dataSource.transaction(async (manager) => {
      await this.require(clientId, manager);
      await manager.query(
        `UPDATE api_client_secrets SET expires_at = now() + make_interval(secs => $2)
          WHERE client_id = $1 AND (expires_at IS NULL OR expires_at > now() + make_interval(secs => $2))`,
        [clientId, graceHours * 3600],
      );
      await this.addSecret(manager, clientId, secret);
    });
    return secret;
  }

  /** Allows or refuses the client's credentials; disabling also revokes its live tokens. */
  async setEnabled(clientId: string, enabled: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [, count] = await manager.query('UPDATE api_clients SET enabled = $2 WHERE client_id = $1', [clientId, enabled]);
      if (count === 0) throw new ApiError(70404, `No client ${clientId}.`);
      if (!enabled) await manager.query('UPDATE access_tokens SET revoked_at = now() WHERE client_id = $1 AND revoked_at IS NULL', [clientId]);
    });
  }

  private async addSecret(manager: EntityManager, clientId: string, secret: string): Promise<void> {
    await manager.query('INSERT INTO api_client_secrets (id, client_id, secret_hash) VALUES ($1, $2, $3)', [
      randomUUID(),
      clientId,
      hashSecret(this.config.authPepper, secret),
    ]);
  }
}

import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import type { LRUCache } from 'lru-cache';
import { authCache } from './auth-cache.js';
import { ApiError } from '../errors/api-error.js';
import type { AuthenticatedClient } from './authenticated-client.js';
import { credentialCacheKey, hashSecret, secretMatches } from './secret-hashing.js';
import { withTransientRetry } from '../database/transient-retry.js';
import { isCredentialText } from './credential-text.js';
import { AuthFailureThrottle } from './auth-failure-throttle.service.js';

interface ClientRow {
  client_id: string;
  display_name: string;
  organisation_id: string;
  organisation_code: string;
  organisation_kind: string;
  organisation_name: string;
  scopes: string[];
  daily_quota: number;
  enabled: boolean;
}

/** Checks a client id and secret (Basic, or the token endpoint's form body). */
@Injectable()
export class ClientCredentialsService {
  // Keyed by a hash of the id and secret's Basic encoding: a hit means these exact credentials were valid moments ago.
  private readonly cache: LRUCache<string, AuthenticatedClient> | undefined;

  // A hash no secret matches, compared when a client id has no live secret.
  private readonly standIn: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: AuthFailureThrottle,
  ) {
    this.cache = authCache(config.authCacheTtlMs);
    this.standIn = hashSecret(config.authPepper, randomBytes(32).toString('hex'));
  }

  /**
   * The client of these credentials, or 401/70401. `source` is the caller's address: wrong secrets
   * are counted per client id and address and throttled (AuthFailureThrottle). An unknown client id
   * costs the same work as a known one with a wrong secret, so timing does not tell them apart.
   */
  async verify(clientId: string, secret: string, source = 'unknown'): Promise<AuthenticatedClient> {
    return this.cached(clientId, secret) ?? this.verifyWithDatabase(clientId, secret, source);
  }

  /** The client of credentials verified moments ago, from the cache alone; undefined when only verify() can tell. */
  cached(clientId: string, secret: string): AuthenticatedClient | undefined {
    const key = cacheKeyOf(clientId, secret);
    return key === undefined ? undefined : this.cache?.get(key);
  }

  /** The same for a Basic header's value as sent, `base64(id:secret)`, without decoding it. */
  cachedBasic(encoded: string): AuthenticatedClient | undefined {
    return this.cache?.get(credentialCacheKey(encoded));
  }

  private async verifyWithDatabase(clientId: string, secret: string, source: string): Promise<AuthenticatedClient> {
    // Ids and secrets are printable ASCII; anything else (a NUL, a lone surrogate) cannot match and
    // must not reach the database.
    if (!isCredentialText(clientId, 200) || !isCredentialText(secret, 500)) throw new ApiError(70401, 'The client id or client secret is not valid.');
    const hadFailures = await withTransientRetry(() => this.throttle.assertAllowed(clientId, source));
    const [client, secrets] = await Promise.all([
      this.findEnabledClient(clientId),
      withTransientRetry<Array<{ secret_hash: Buffer }>>(() =>
        this.dataSource.query('SELECT secret_hash FROM api_client_secrets WHERE client_id = $1 AND (expires_at IS NULL OR expires_at > now())', [clientId]),
      ),
    ]);
    // Compare against every live secret, even after a match, and against a stand-in when there is
    // none, so the work is the same whoever asks.
    let matched = false;
    for (const hash of secrets.length ? secrets.map((row) => row.secret_hash) : [this.standIn])
      matched = secretMatches(this.config.authPepper, secret, hash) || matched;
    if (!client || !matched || secrets.length === 0) {
      await this.throttle.recordFailure(clientId, source);
      throw new ApiError(70401, 'The client id or client secret is not valid.');
    }
    if (hadFailures) await this.throttle.clear(clientId, source);
    const authenticated = toAuthenticatedClient(client, client.scopes, 'basic');
    const key = cacheKeyOf(clientId, secret);
    if (key !== undefined) this.cache?.set(key, authenticated);
    return authenticated;
  }

  /** Drops every cached verification: something about clients or secrets changed (AuthChangeListener). */
  forgetCached(): void {
    this.cache?.clear();
  }

  async findEnabledClient(clientId: string): Promise<ClientRow | undefined> {
    const rows: ClientRow[] = await withTransientRetry(() =>
      this.dataSource.query(
        `SELECT c.client_id, c.display_name, c.organisation_id, o.code AS organisation_code, o.kind AS organisation_kind, o.name AS organisation_name,
              c.scopes, c.daily_quota, c.enabled
         FROM api_clients c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.client_id = $1 AND c.enabled`,
        [clientId],
      ),
    );
    return rows[0];
  }
}

/**
 * A pair's key in the cache: the hash of its Basic encoding, so that a Basic header is looked up
 * as sent (cachedBasic). Only a canonical encoding matches; any other is a miss, verified and then
 * answered like a first request. An id with a colon has no Basic encoding (the first colon ends the
 * id), so the token endpoint's form may send one but it is never cached: `a:b` with secret `c`
 * must not find `a` with secret `b:c`.
 */
function cacheKeyOf(clientId: string, secret: string): string | undefined {
  return clientId.includes(':') ? undefined : credentialCacheKey(Buffer.from(`${clientId}:${secret}`, 'utf8').toString('base64'));
}

export function toAuthenticatedClient(row: ClientRow, scopes: string[], via: AuthenticatedClient['via']): AuthenticatedClient {
  return {
    clientId: row.client_id,
    displayName: row.display_name,
    organisationId: row.organisation_id,
    organisationCode: row.organisation_code,
    organisationKind: row.organisation_kind,
    organisationName: row.organisation_name,
    scopes,
    dailyQuota: row.daily_quota,
    via,
  };
}

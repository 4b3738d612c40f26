import { Inject, Injectable } from '@nestjs/common';
import { isCredentialText } from './credential-text.js';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import type { LRUCache } from 'lru-cache';
import { authCache } from './auth-cache.js';
import { ApiError } from '../errors/api-error.js';
import type { AuthenticatedClient } from './authenticated-client.js';
import { ClientCredentialsService, toAuthenticatedClient } from './client-credentials.service.js';
import { credentialCacheKey, hashSecret, newSecret } from './secret-hashing.js';
import { withTransientRetry } from '../database/transient-retry.js';

export interface IssuedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

// Expired tokens are kept this long, so that they answer "expired" rather than "invalid".
const EXPIRED_TOKEN_RETENTION = '7 days';

@Injectable()
export class AccessTokenService {
  private readonly cache: LRUCache<string, { client: AuthenticatedClient; expiresAt: number }> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: ClientCredentialsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cache = authCache(config.authCacheTtlMs);
  }

  /** The client-credentials grant: a token for the requested scopes, a subset of the client's. */
  async issue(client: AuthenticatedClient, requestedScope: string | undefined): Promise<IssuedToken> {
    const requested = requestedScope?.trim() ? [...new Set(requestedScope.trim().split(/\s+/))] : client.scopes;
    const unknown = requested.filter((scope) => !client.scopes.includes(scope));
    if (unknown.length > 0) {
      throw new ApiError(60002, `The client does not hold the scope(s): ${unknown.join(', ')}.`, {
        extra: { error: 'invalid_scope', error_description: `Scopes not granted to this client: ${unknown.join(' ')}` },
        details: [{ location: 'body', field: 'scope', message: `not granted to this client: ${unknown.join(' ')}` }],
      });
    }
    const token = newSecret('at_');
    const expiresAt = new Date(Date.now() + this.config.tokenTtlSeconds * 1000);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO access_tokens (token_hash, client_id, scopes, expires_at) VALUES ($1, $2, $3, $4)', [
        hashSecret(this.config.authPepper, token),
        client.clientId,
        requested,
        expiresAt,
      ]);
      await manager.query(`DELETE FROM access_tokens WHERE client_id = $1 AND expires_at < now() - interval '${EXPIRED_TOKEN_RETENTION}'`, [client.clientId]);
    });
    return { access_token: token, token_type: 'Bearer', expires_in: this.config.tokenTtlSeconds, scope: requested.join(' ') };
  }

  /** The client of a token verified moments ago and not yet expired, from the cache alone; undefined when only verify() can tell. */
  cached(token: string): AuthenticatedClient | undefined {
    const hit = this.cache?.get(credentialCacheKey(token));
    return hit && !hasExpired(hit) ? hit.client : undefined;
  }

  async verify(token: string): Promise<AuthenticatedClient> {
    // A hit is a token checked moments ago, so the text check only runs on the way to the database.
    const key = credentialCacheKey(token);
    const cached = this.cache?.get(key);
    if (cached) {
      if (hasExpired(cached)) throw expired();
      return cached.client;
    }
    if (!isCredentialText(token, 500)) throw new ApiError(70401, 'The access token is not valid.');
    const hash = hashSecret(this.config.authPepper, token);
    const rows: Array<{ client_id: string; scopes: string[]; expires_at: Date; revoked_at: Date | null }> = await withTransientRetry(() =>
      this.dataSource.query('SELECT client_id, scopes, expires_at, revoked_at FROM access_tokens WHERE token_hash = $1', [hash]),
    );
    const row = rows[0];
    if (!row || row.revoked_at) throw new ApiError(70401, 'The access token is not valid.');
    if (row.expires_at.getTime() <= Date.now()) throw expired();
    const client = await this.clients.findEnabledClient(row.client_id);
    if (!client) throw new ApiError(70401, 'The access token is not valid.');
    // A client whose scopes were reduced since the token was issued keeps only what it still holds.
    const scopes = row.scopes.filter((scope) => client.scopes.includes(scope));
    const authenticated = toAuthenticatedClient(client, scopes, 'bearer');
    this.cache?.set(key, { client: authenticated, expiresAt: row.expires_at.getTime() });
    return authenticated;
  }

  /** Drops every cached token: one was revoked or its client changed (AuthChangeListener). */
  forgetCached(): void {
    this.cache?.clear();
  }

  /** RFC 7009: revokes the token if it belongs to this client; silent otherwise. */
  async revoke(client: AuthenticatedClient, token: string): Promise<void> {
    const hash = hashSecret(this.config.authPepper, token);
    await this.dataSource.query('UPDATE access_tokens SET revoked_at = now() WHERE token_hash = $1 AND client_id = $2 AND revoked_at IS NULL', [
      hash,
      client.clientId,
    ]);
    this.cache?.delete(credentialCacheKey(token));
  }
}

function hasExpired(verified: { expiresAt: number }): boolean {
  return verified.expiresAt <= Date.now();
}

function expired(): ApiError {
  return new ApiError(70405, 'The access token has expired. Obtain a new one from POST /oauth/token.', {
    headers: { 'WWW-Authenticate': 'Bearer realm="assessment-api", error="invalid_token", error_description="The access token expired"' },
  });
}

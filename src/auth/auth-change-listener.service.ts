import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AccessTokenService } from './access-token.service.js';
import { ClientCredentialsService } from './client-credentials.service.js';

const CHANNEL = 'auth_changed';
const RECONNECT_MS = 1000;

/**
 * Listens on `auth_changed` (see the migration that announces every change to clients, secrets and
 * token revocations) and drops this process's credential caches when anything changes, so a
 * revocation, a disabled client or a rotated secret holds in every process at once. While the
 * connection is down, the caches' TTL is the fallback; on reconnecting they are
 * cleared, since a change may have been missed.
 */
@Injectable()
export class AuthChangeListener implements OnApplicationBootstrap, OnModuleDestroy {
  private client?: pg.Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly credentials: ClientCredentialsService,
    private readonly tokens: AccessTokenService,
  ) {}

  onApplicationBootstrap(): void {
    void this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    this.client = client;
    client.on('notification', () => this.forget());
    client.on('error', () => this.reconnectLater(client));
    client.on('end', () => this.reconnectLater(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.forget();
    } catch {
      this.reconnectLater(client);
    }
  }

  private reconnectLater(client: pg.Client): void {
    if (this.stopped || client !== this.client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
  }

  private forget(): void {
    this.credentials.forgetCached();
    this.tokens.forgetCached();
  }
}

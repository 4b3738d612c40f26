import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';

const RECONNECT_MS = 1000;

/**
 * PostgreSQL LISTEN/NOTIFY for the whole process, on one connection of its own: services register
 * a handler per channel, and one to run after a reconnection (notifications sent while the
 * connection was down are lost, so whatever they keep in step must be refreshed then).
 */
@Injectable()
export class PgNotifications implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly handlers = new Map<string, Array<(payload: string) => void>>();
  private readonly reconnected: Array<() => void> = [];
  private client?: pg.Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {}

  /** Registers a handler; call it before the application has started (in a constructor or onModuleInit). */
  listen(channel: string, handler: (payload: string) => void): void {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), handler]);
  }

  onReconnect(handler: () => void): void {
    this.reconnected.push(handler);
  }

  async notify(channel: string, payload: string): Promise<void> {
    await this.dataSource.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  onApplicationBootstrap(): void {
    if (this.handlers.size > 0) void this.connect();
  }

  // After the HTTP server has closed (Nest ends modules before it): requests served while it closes
  // still hear revocations.
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: (this.dataSource.options as { url?: string }).url, connectionTimeoutMillis: 5000 });
    this.client = client;
    client.on('notification', (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', () => this.reconnectLater(client));
    client.on('end', () => this.reconnectLater(client));
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
      for (const handler of this.reconnected) handler();
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
}

import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { createApp, type RunningApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  baseUrl: string;
  config: AppConfig;
  running: RunningApp;
  dataSource: DataSource;
  database: TestDatabase;
  http: () => supertest.Agent;
  /** The JSON log lines written so far, parsed; empty unless started with `captureLogs`. */
  logs(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Keep the server's log lines (at LOG_LEVEL, `fatal` unless set) for `logs()`, rather than dropping them. */
  captureLogs?: boolean;
}

export const TEST_PEPPER = 'test-pepper-0123456789abcdef0123456789';

/** The whole service over real HTTP on a loopback port, on a database of its own. */
export async function startTestApp(env: Record<string, string> = {}, database?: TestDatabase, options: TestAppOptions = {}): Promise<TestApp> {
  const db = database ?? (await createTestDatabase());
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'fatal',
    AUTH_PEPPER: TEST_PEPPER,
    AUTH_CACHE_TTL_MS: '0',
    DEMO_SEED: 'false',
    DB_POOL_SIZE: '5',
    DATABASE_URL: db.url,
    ...env,
  });
  let written = '';
  const logDestination = options.captureLogs ? new PassThrough().on('data', (chunk: Buffer) => (written += chunk.toString())) : undefined;
  const running = await createApp(config, { logDestination });
  await running.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = running.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    config,
    running,
    dataSource: running.app.get(DataSource),
    database: db,
    http: () => supertest.agent(baseUrl),
    logs: () =>
      written
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    async close() {
      await running.close();
      if (!database) await db.drop();
    },
  };
}

export interface SharedDatabaseServers {
  database: TestDatabase;
  servers: TestApp[];
  close(): Promise<void>;
}

/**
 * Several servers on one database of their own, as several processes of one deployment are; each
 * entry of `envs` is one server's settings. Closed in reverse order, then the database dropped.
 */
export async function startServersOnOneDatabase(envs: Array<Record<string, string>>): Promise<SharedDatabaseServers> {
  const database = await createTestDatabase();
  const servers: TestApp[] = [];
  try {
    for (const env of envs) servers.push(await startTestApp(env, database));
  } catch (error) {
    for (const server of servers.reverse()) await server.close();
    await database.drop();
    throw error;
  }
  return {
    database,
    servers,
    async close() {
      for (const server of [...servers].reverse()) await server.close();
      await database.drop();
    },
  };
}

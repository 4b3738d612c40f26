import 'reflect-metadata';
import { Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { runMigrations } from '../database/run-migrations.js';

@Module({})
class CliModule {
  static forRoot(config: AppConfig, url: string, modules: Type[]): DynamicModule {
    return { module: CliModule, imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(config, url), ...modules] };
  }
}

/**
 * Runs a command-line tool's work in a Nest application context holding `modules` (no HTTP), so
 * that it uses the services the API uses, wired the same way. On DATABASE_URL, or on the embedded
 * database under DATA_DIR (only while the server is stopped: the embedded database admits one
 * process), migrated first.
 */
export async function withCliContext<T>(config: AppConfig, modules: Type[], work: (context: INestApplicationContext) => Promise<T>): Promise<T> {
  const cliConfig = { ...config, dbPoolSize: 2 };
  // The pool, and one connection for LISTEN (PgNotifications).
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, maxConnections: 5 });
  try {
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(cliConfig, config.databaseUrl ?? embedded!.url, modules), {
      logger: ['error', 'warn'],
    });
    try {
      await runMigrations(context.get(DataSource));
      return await work(context);
    } finally {
      await context.close();
    }
  } finally {
    await embedded?.stop();
  }
}

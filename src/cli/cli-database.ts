import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { runMigrations } from '../database/run-migrations.js';

/**
 * Runs a command-line tool's work on DATABASE_URL, or on the embedded database under DATA_DIR
 * (only while the server is stopped: the embedded database admits one process), migrated first.
 */
export async function withCliDataSource<T>(config: AppConfig, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, maxConnections: 3 });
  const dataSource = new DataSource(dataSourceOptions({ ...config, dbPoolSize: 2 }, config.databaseUrl ?? embedded!.url));
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
    return await work(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

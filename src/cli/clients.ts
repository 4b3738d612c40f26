import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { runMigrations } from '../database/run-migrations.js';
import { runClientsCommand, UsageError } from './clients-command.js';

// npm run clients -- create|list|rotate|disable|enable ...: against DATABASE_URL, or the embedded database.
async function main(): Promise<number> {
  const config = loadConfig();
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, maxConnections: 3 });
  const dataSource = new DataSource(dataSourceOptions({ ...config, dbPoolSize: 2 }, config.databaseUrl ?? embedded!.url));
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
    await runClientsCommand(process.argv.slice(2), dataSource, config, (line) => console.log(line));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { MIGRATIONS } from './migrations/index.js';
import { TypeOrmLog } from './typeorm-log.js';

/** One set of options for the server, the CLI and the tests; `synchronize` is never on. */
export function dataSourceOptions(
  config: Pick<AppConfig, 'dbPoolSize' | 'dbStatementTimeoutMs' | 'dbIdleInTransactionTimeoutMs'>,
  url: string,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // Each module registers its own entities (TypeOrmModule.forFeature); see DatabaseModule.
    entities: [],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    logger: new TypeOrmLog(),
    extra: {
      max: config.dbPoolSize,
      // pg sends this as a start-up parameter; PostgreSQL enforces it.
      statement_timeout: config.dbStatementTimeoutMs,
      // A transaction whose process stopped answering (frozen, cut off mid-transaction) would keep its
      // row locks, and hold back every organisation's event feed, until TCP gave up on it: hours.
      // PostgreSQL ends it once it has waited this long between statements; ours wait milliseconds.
      idle_in_transaction_session_timeout: config.dbIdleInTransactionTimeoutMs,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
    },
  };
}

import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { ApiClientEntity } from '../auth/entities/api-client.entity.js';
import { OrganisationEntity } from '../auth/entities/organisation.entity.js';
import { IELTS_ENTITIES } from '../ielts/ielts.entities.js';
import { BOOKING_ENTITIES } from '../booking/booking.entities.js';
import { RESULTS_ENTITIES } from '../results/results.entities.js';
import { FULFILLMENT_ENTITIES } from '../fulfillment/fulfillment.entities.js';
import { OutboxMailEntity } from '../mail/entities/outbox-mail.entity.js';
import { IdempotencyKeyEntity } from '../idempotency/idempotency-key.entity.js';
import { MIGRATIONS } from './migrations/index.js';

export const ENTITIES = [
  OrganisationEntity,
  ApiClientEntity,
  ...IELTS_ENTITIES,
  ...BOOKING_ENTITIES,
  ...RESULTS_ENTITIES,
  ...FULFILLMENT_ENTITIES,
  OutboxMailEntity,
  IdempotencyKeyEntity,
];

/** One set of options for the server, the CLI and the tests; `synchronize` is never on. */
export function dataSourceOptions(config: Pick<AppConfig, 'dbPoolSize' | 'dbStatementTimeoutMs'>, url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: config.dbPoolSize,
      // pg sends this as a start-up parameter; PostgreSQL enforces it.
      statement_timeout: config.dbStatementTimeoutMs,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
    },
  };
}

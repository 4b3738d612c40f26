// The settings each server under test runs with, shared by the throughput bench and the instruction count.
import { readFileSync } from 'node:fs';

export const PEPPER = 'bench-pepper-0123456789abcdef';

/**
 * The project as in production: logging at info (request lines go to stdout, discarded here), metrics
 * on, and no sandbox data seeded (DEMO_SEED's default with a DATABASE_URL; a set-up process seeds it).
 */
export const projectEnv = (databaseUrl, port, extra = {}) => ({
  DATABASE_URL: databaseUrl,
  PORT: String(port),
  HOST: '127.0.0.1',
  AUTH_PEPPER: PEPPER,
  DEMO_SEED: 'false',
  LOG_LEVEL: 'info',
  DB_POOL_SIZE: '20',
  NODE_ENV: 'production',
  ...extra,
});

export const referenceEnv = (databaseUrl, port) => ({ DATABASE_URL: databaseUrl, PORT: String(port), AUTH_PEPPER: PEPPER, DB_POOL_SIZE: '20' });

/** The Node flags `npm start` gives the project (BENCH_NODE_FLAGS overrides them). */
export const PROJECT_NODE_FLAGS = (
  process.env.BENCH_NODE_FLAGS ??
  /^node (.*?) ?dist\/src\/main\.js/.exec(JSON.parse(readFileSync('package.json', 'utf8')).scripts.start)?.[1] ??
  ''
)
  .split(' ')
  .filter(Boolean);

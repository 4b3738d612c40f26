import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { runMigrations } from '../../src/database/run-migrations.js';

export interface TestDatabase {
  url: string;
  /** 'embedded' when the run's server is the embedded PostgreSQL the global set-up started. */
  kind: 'postgres' | 'embedded';
  drop(): Promise<void>;
}

// Any constant: the test files of a run build the template one after the other.
const TEMPLATE_LOCK = 727_002;

/**
 * A database of its own for one test file, on the run's one server (TEST_DATABASE_URL, or the
 * embedded one the global set-up started): a copy of a template migrated once per run, so a file
 * starts in the time of a `CREATE DATABASE`, not of every migration.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest, whose global set-up starts the database server.');
  const template = await ensureTemplate(serverUrl);
  const name = `it_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: databaseUrl(serverUrl, name),
    kind: process.env.TEST_DATABASE_EMBEDDED === 'true' ? 'embedded' : 'postgres',
    async drop() {
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** The run's template, named after the migrations it holds, created by the first file that asks. */
async function ensureTemplate(serverUrl: string): Promise<string> {
  const migrations = createHash('sha256')
    .update(MIGRATIONS.map((m) => m.name).join(','))
    .digest('hex')
    .slice(0, 10);
  const template = `tpl_${process.env.TEST_RUN_ID ?? 'adhoc'}_${migrations}`.toLowerCase();
  await withClient(serverUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      await client.query(`CREATE DATABASE ${template}`);
      const dataSource = new DataSource(
        dataSourceOptions({ dbPoolSize: 1, dbStatementTimeoutMs: 60_000, dbIdleInTransactionTimeoutMs: 60_000 }, databaseUrl(serverUrl, template)),
      );
      await dataSource.initialize();
      try {
        await runMigrations(dataSource);
      } finally {
        // A template with a connection open cannot be copied.
        await dataSource.destroy();
      }
      await client.query(`ALTER DATABASE ${template} IS_TEMPLATE true`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return template;
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

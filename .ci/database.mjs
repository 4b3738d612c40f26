// Creates or drops the CI run's own database on the PostgreSQL server at 127.0.0.1:5432.
// Usage: node .ci/database.mjs create NAME | drop NAME | available
import pg from 'pg';

const [command, name] = process.argv.slice(2);
const client = new pg.Client({ connectionString: process.env.CI_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', connectionTimeoutMillis: 3000 });
try {
  await client.connect();
} catch {
  process.exit(command === 'available' ? 1 : 2);
}
if (command === 'create') await client.query(`CREATE DATABASE ${name}`);
if (command === 'drop') await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await client.end();

import pg from 'pg';

/** Drops this run's template databases, then stops the embedded server if the run started one. */
export default async function globalTeardown() {
  const url = process.env.TEST_DATABASE_URL;
  if (url && process.env.TEST_RUN_ID) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`tpl_${process.env.TEST_RUN_ID}%`]);
      for (const { datname } of rows) {
        await client.query(`ALTER DATABASE ${datname} IS_TEMPLATE false`);
        await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      }
    } finally {
      await client.end().catch(() => {});
    }
  }
  await globalThis.__embeddedTestServer?.stop();
}

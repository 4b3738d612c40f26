import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';

describe('the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pglite-lock-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('persists under its data folder, refuses a second opener, and takes over a stale lock', async () => {
    const first = await startEmbeddedPostgres({ dataDir, maxConnections: 2 });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query('CREATE TABLE kept (n int)');
    await client.query('INSERT INTO kept VALUES (42)');
    await client.end();
    await expect(startEmbeddedPostgres({ dataDir, maxConnections: 2 })).rejects.toThrow(/is in use by process \d+/);
    await first.stop();

    // A lock left by a process that died is replaced.
    writeFileSync(join(dataDir, 'pglite.lock'), '2147483646');
    const second = await startEmbeddedPostgres({ dataDir, maxConnections: 2 });
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    expect((await again.query('SELECT n FROM kept')).rows).toEqual([{ n: 42 }]);
    await again.end();
    await second.stop();
  });
});

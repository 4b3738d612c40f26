import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';

describe('the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'embedded-lock-'));
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is a real PostgreSQL 15 that persists under its data folder, refuses a second opener, and takes over a stale lock', async () => {
    const first = await startEmbeddedPostgres({ dataDir, maxConnections: 5 });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    expect((await client.query('SHOW server_version_num')).rows[0].server_version_num).toMatch(/^15/);
    await client.query('CREATE TABLE kept (n int)');
    await client.query('INSERT INTO kept VALUES (42)');
    // Many connections at once, and LISTEN/NOTIFY between them.
    const others = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const other = new pg.Client({ connectionString: first.url });
        await other.connect();
        return other;
      }),
    );
    const heard = new Promise<string>((resolve) => others[0].on('notification', (n) => resolve(n.payload ?? '')));
    await others[0].query('LISTEN changes');
    await others[1].query("NOTIFY changes, 'hello'");
    expect(await heard).toBe('hello');
    await Promise.all(others.map((o) => o.end()));
    await client.end();
    await expect(startEmbeddedPostgres({ dataDir, maxConnections: 5 })).rejects.toThrow(/already open in this process|is in use by process \d+/);
    await first.stop();

    // A lock left by a process that died is replaced.
    writeFileSync(join(dataDir, 'embedded.lock'), '2147483646');
    const second = await startEmbeddedPostgres({ dataDir, maxConnections: 5 });
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    expect((await again.query('SELECT n FROM kept')).rows).toEqual([{ n: 42 }]);
    await again.end();
    await second.stop();
  });
});

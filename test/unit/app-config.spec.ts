import { ConfigError, DEVELOPMENT_PEPPER, loadConfig } from '../../src/config/app-config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database with the demo seed on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demoSeed: true, defaultDailyQuota: 10000, authPepper: DEVELOPMENT_PEPPER });
  });

  it('turns the demo seed off by default on a real server', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).demoSeed).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', DEMO_SEED: 'true' }).demoSeed).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer from 0 to 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
    [{ DEMO_SEED: 'maybe' }, /DEMO_SEED must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ LOG_FORMAT: 'xml' }, /LOG_FORMAT must be json or pretty/],
    [{ AUTH_PEPPER: 'short' }, /AUTH_PEPPER must be at least 16/],
    [{ NODE_ENV: 'production' }, /AUTH_PEPPER must be set/],
  ])('names the bad variable: %j', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
  it('logs JSON unless a person is watching: pretty only on a terminal outside production, or when asked', () => {
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    // Jest's output is not a terminal.
    expect(loadConfig({}).logFormat).toBe(process.stdout.isTTY ? 'pretty' : 'json');
  });
  it('gathers log lines into 4 KB writes unless LOG_BUFFER_BYTES says otherwise', () => {
    expect(loadConfig({}).logBufferBytes).toBe(4096);
    expect(loadConfig({ LOG_BUFFER_BYTES: '0' }).logBufferBytes).toBe(0);
    // SonicBoom refuses a buffer as large as its largest single write (16 KB).
    expect(() => loadConfig({ LOG_BUFFER_BYTES: '16384' })).toThrow(/LOG_BUFFER_BYTES/);
  });
  it('reads up to 64 TRF lookups together unless TRF_LOOKUP_BATCH_MAX says otherwise', () => {
    expect(loadConfig({}).trfLookupBatchMax).toBe(64);
    expect(loadConfig({ TRF_LOOKUP_BATCH_MAX: '1' }).trfLookupBatchMax).toBe(1);
    expect(() => loadConfig({ TRF_LOOKUP_BATCH_MAX: '0' })).toThrow(/TRF_LOOKUP_BATCH_MAX/);
  });
  it('lets a connection idle 2 minutes unless CONNECTION_IDLE_TIMEOUT_MS says otherwise, but never as long as a request may wait', () => {
    expect(loadConfig({}).connectionIdleTimeoutMs).toBe(120_000);
    expect(loadConfig({}).requestTimeoutMs).toBe(60_000);
    expect(loadConfig({ CONNECTION_IDLE_TIMEOUT_MS: '20000' }).connectionIdleTimeoutMs).toBe(20_000);
    // Left unset, it stays twice as long as the longest wait.
    expect(loadConfig({ WEBHOOK_TIMEOUT_MS: '120000' }).connectionIdleTimeoutMs).toBe(240_000);
    for (const waits of [{ DB_STATEMENT_TIMEOUT_MS: '20000' }, { WEBHOOK_TIMEOUT_MS: '30000' }, { WEBHOOK_DNS_TIMEOUT_MS: '20000' }]) {
      expect(() => loadConfig({ CONNECTION_IDLE_TIMEOUT_MS: '20000', ...waits })).toThrow(/CONNECTION_IDLE_TIMEOUT_MS \(20000\) must be longer than/);
    }
  });
  it('has PostgreSQL end a transaction idle for a minute unless DB_IDLE_IN_TRANSACTION_TIMEOUT_MS says otherwise (1 s to 1 h)', () => {
    expect(loadConfig({}).dbIdleInTransactionTimeoutMs).toBe(60_000);
    expect(loadConfig({ DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '5000' }).dbIdleInTransactionTimeoutMs).toBe(5_000);
    // 0 would switch it off, which is what the setting exists to prevent.
    expect(() => loadConfig({ DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0' })).toThrow(/DB_IDLE_IN_TRANSACTION_TIMEOUT_MS/);
  });
  it('gives the requests under way 20 s to finish once a closing process stops listening, unless SHUTDOWN_TIMEOUT_MS says otherwise', () => {
    expect(loadConfig({}).shutdownTimeoutMs).toBe(20_000);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_MS: '0' }).shutdownTimeoutMs).toBe(0);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: '-1' })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: '3600001' })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });
  it('keeps idempotency keys a week unless IDEMPOTENCY_KEY_RETENTION_HOURS says otherwise, never under a day', () => {
    expect(loadConfig({}).idempotencyKeyRetentionHours).toBe(168);
    expect(loadConfig({ IDEMPOTENCY_KEY_RETENTION_HOURS: '720' }).idempotencyKeyRetentionHours).toBe(720);
    expect(() => loadConfig({ IDEMPOTENCY_KEY_RETENTION_HOURS: '1' })).toThrow(/IDEMPOTENCY_KEY_RETENTION_HOURS/);
  });
  it('reads CORS_ORIGINS as a list of origins and refuses anything else', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.org, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example.org',
      'http://localhost:5173',
    ]);
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example.org/path' })).toThrow(/CORS_ORIGINS must list origins/);
  });

  it('reads TRUST_PROXY as a hop count or a list of addresses, and trusts no proxy by default', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', '::1']);
    for (const bad of ['true', '0', '11', 'proxy.example.org', ',']) expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY must be/);
  });

  it('reads where webhooks may go: private addresses, name servers and the lookup deadline', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x' }).webhookNetwork).toEqual({ allowPrivate: false, dnsServers: [], dnsTimeoutMs: 5000 });
    expect(loadConfig({}).webhookNetwork.allowPrivate).toBe(true);
    const servers = '1.1.1.1, 9.9.9.9:5353,2606:4700::1111,[2606:4700::1001]:53';
    expect(loadConfig({ WEBHOOK_DNS_SERVERS: servers }).webhookNetwork.dnsServers).toEqual([
      '1.1.1.1',
      '9.9.9.9:5353',
      '2606:4700::1111',
      '[2606:4700::1001]:53',
    ]);
    for (const bad of ['dns.example.org', '1.1.1.1:0', '1.1.1.1:70000', '[1.1.1]:53', '999.1.1.1'])
      expect(() => loadConfig({ WEBHOOK_DNS_SERVERS: bad })).toThrow(/WEBHOOK_DNS_SERVERS must list name servers/);
    expect(() => loadConfig({ WEBHOOK_DNS_TIMEOUT_MS: '50' })).toThrow(/WEBHOOK_DNS_TIMEOUT_MS/);
    // Tracks follow the endpoints' rule unless TRACK_ALLOW_PRIVATE_URLS says otherwise, and ask the same name servers.
    const production = { DATABASE_URL: 'postgres://db/x', WEBHOOK_DNS_SERVERS: '1.1.1.1' };
    expect(loadConfig(production).trackNetwork).toEqual(loadConfig(production).webhookNetwork);
    expect(loadConfig({ ...production, TRACK_ALLOW_PRIVATE_URLS: 'true' }).trackNetwork).toEqual({
      allowPrivate: true,
      dnsServers: ['1.1.1.1'],
      dnsTimeoutMs: 5000,
    });
    expect(loadConfig({ ...production, TRACK_ALLOW_PRIVATE_URLS: 'true' }).webhookNetwork.allowPrivate).toBe(false);
  });
});

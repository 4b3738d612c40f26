import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { hashSecret, newSecret } from '../auth/secret-hashing.js';
import { ORGANISATION_KINDS, type OrganisationKind } from '../auth/organisation-kind.js';
import { SecretBox } from '../common/secret-box.js';
import { ApiError } from '../errors/api-error.js';
import { createFulfillmentApiKey } from '../fulfillment/fulfillment-api-keys.js';

export const KNOWN_SCOPES = [
  'ielts:read',
  'ielts:admin',
  'results:read',
  'results:write',
  'results:admin',
  'booking:read',
  'booking:write',
  'booking:admin',
  'fulfillment:read',
  'fulfillment:write',
  'fulfillment:admin',
];

export const CLIENTS_USAGE = `Usage: npm run clients -- <command> [options]

  create --name NAME --org CODE --scopes "s1 s2" [--id ID] [--quota N] [--org-name NAME --org-kind KIND]
         Creates a client (and its organisation when --org-name is given) and prints its secret once.
  list   Lists the clients, their organisations, scopes, quotas and live secrets.
  rotate ID [--grace-hours H]
         Adds a new secret (printed once); the old ones keep working for H hours (default 24).
  disable ID / enable ID
         Refuses (or allows again) the client's credentials and tokens.
  fulfillment-key ID PRODUCT-CODE
         Makes a key that signs the client's fulfilment requests for PRODUCT-CODE; prints its secret once.

Scopes: ${KNOWN_SCOPES.join(', ')}
Organisation kinds: ${ORGANISATION_KINDS.join(', ')}`;

export class UsageError extends Error {}

/** The clients command, apart from process handling so that tests can drive it. */
export async function runClientsCommand(argv: string[], dataSource: DataSource, config: AppConfig, print: (line: string) => void): Promise<void> {
  const [command, ...rest] = argv;
  const { positional, options } = parseOptions(rest);
  switch (command) {
    case 'create':
      return create(options, dataSource, config, print);
    case 'list':
      return list(dataSource, print);
    case 'rotate':
      return rotate(required(positional[0], 'client id'), options, dataSource, config, print);
    case 'disable':
    case 'enable': {
      const clientId = required(positional[0], 'client id');
      const [, count] = await dataSource.query('UPDATE api_clients SET enabled = $2 WHERE client_id = $1', [clientId, command === 'enable']);
      if (count === 0) throw new UsageError(`No client ${clientId}`);
      if (command === 'disable') await dataSource.query('UPDATE access_tokens SET revoked_at = now() WHERE client_id = $1 AND revoked_at IS NULL', [clientId]);
      print(`${clientId} ${command}d`);
      return;
    }
    case 'fulfillment-key': {
      const clientId = required(positional[0], 'client id');
      const productCode = required(positional[1], 'product code');
      const key = await dataSource
        .transaction(async (manager) => {
          const [client] = await manager.query('SELECT client_id AS "clientId", organisation_id AS "organisationId" FROM api_clients WHERE client_id = $1', [
            clientId,
          ]);
          if (!client) throw new ApiError(70404, `No client ${clientId}.`);
          return createFulfillmentApiKey(manager, new SecretBox(config.authPepper), client, productCode);
        })
        .catch((error) => {
          throw error instanceof ApiError ? new UsageError(error.detail) : error;
        });
      print(`key_id:     ${key.keyId}`);
      print(`key_secret: ${key.secret}`);
      print(`Signs fulfilment requests of ${clientId} for ${productCode}. The secret is shown this once; store it now.`);
      return;
    }
    default:
      throw new UsageError(CLIENTS_USAGE);
  }
}

async function create(options: Record<string, string>, dataSource: DataSource, config: AppConfig, print: (line: string) => void) {
  const name = required(options.name, '--name');
  const orgCode = required(options.org, '--org');
  const scopes = required(options.scopes, '--scopes')
    .split(/[\s,]+/)
    .filter(Boolean);
  const unknown = scopes.filter((scope) => !KNOWN_SCOPES.includes(scope));
  if (unknown.length) throw new UsageError(`Unknown scope(s): ${unknown.join(', ')}. Known: ${KNOWN_SCOPES.join(', ')}`);
  const clientId = options.id ?? `client-${randomUUID().slice(0, 8)}`;
  if (!/^[A-Za-z0-9._-]{3,100}$/.test(clientId)) throw new UsageError('--id must be 3 to 100 characters of A-Z a-z 0-9 . _ -');
  const quota = options.quota ? Number(options.quota) : config.defaultDailyQuota;
  if (!Number.isInteger(quota) || quota < 1) throw new UsageError('--quota must be a positive integer');
  const secret = newSecret();
  await dataSource.transaction(async (manager) => {
    let [organisation] = await manager.query('SELECT id FROM organisations WHERE code = $1', [orgCode]);
    if (!organisation) {
      if (!options['org-name']) throw new UsageError(`No organisation ${orgCode}; give --org-name and --org-kind to create it`);
      const kind = options['org-kind'] as OrganisationKind;
      if (!ORGANISATION_KINDS.includes(kind)) throw new UsageError(`--org-kind must be one of ${ORGANISATION_KINDS.join(', ')}`);
      organisation = { id: randomUUID() };
      await manager.query('INSERT INTO organisations (id, code, name, kind) VALUES ($1, $2, $3, $4)', [organisation.id, orgCode, options['org-name'], kind]);
    }
    const [existing] = await manager.query('SELECT 1 FROM api_clients WHERE client_id = $1', [clientId]);
    if (existing) throw new UsageError(`A client ${clientId} exists already`);
    await manager.query('INSERT INTO api_clients (client_id, display_name, organisation_id, scopes, daily_quota) VALUES ($1, $2, $3, $4, $5)', [
      clientId,
      name,
      organisation.id,
      scopes,
      quota,
    ]);
    await manager.query('INSERT INTO api_client_secrets (id, client_id, secret_hash) VALUES ($1, $2, $3)', [
      randomUUID(),
      clientId,
      hashSecret(config.authPepper, secret),
    ]);
  });
  print(`client_id:     ${clientId}`);
  print(`client_secret: ${secret}`);
  print('The secret is shown this once; store it now.');
}

async function list(dataSource: DataSource, print: (line: string) => void) {
  const rows = await dataSource.query(`
    SELECT c.client_id, c.display_name, o.code AS org, c.scopes, c.daily_quota, c.enabled,
           (SELECT count(*)::int FROM api_client_secrets s WHERE s.client_id = c.client_id AND (s.expires_at IS NULL OR s.expires_at > now())) AS live_secrets
      FROM api_clients c JOIN organisations o ON o.id = c.organisation_id ORDER BY c.client_id`);
  for (const row of rows) {
    print(
      `${row.client_id}\t${row.display_name}\torg=${row.org}\tscopes=${row.scopes.join(' ')}\tquota=${row.daily_quota}\t${row.enabled ? 'enabled' : 'disabled'}\tsecrets=${row.live_secrets}`,
    );
  }
}

async function rotate(clientId: string, options: Record<string, string>, dataSource: DataSource, config: AppConfig, print: (line: string) => void) {
  const graceHours = options['grace-hours'] ? Number(options['grace-hours']) : 24;
  if (!Number.isFinite(graceHours) || graceHours < 0) throw new UsageError('--grace-hours must be a number of hours, 0 or more');
  const secret = newSecret();
  await dataSource.transaction(async (manager) => {
    const [client] = await manager.query('SELECT 1 FROM api_clients WHERE client_id = $1', [clientId]);
    if (!client) throw new UsageError(`No client ${clientId}`);
    await manager.query(
      `UPDATE api_client_secrets SET expires_at = now() + make_interval(secs => $2)
        WHERE client_id = $1 AND (expires_at IS NULL OR expires_at > now() + make_interval(secs => $2))`,
      [clientId, graceHours * 3600],
    );
    await manager.query('INSERT INTO api_client_secrets (id, client_id, secret_hash) VALUES ($1, $2, $3)', [
      randomUUID(),
      clientId,
      hashSecret(config.authPepper, secret),
    ]);
  });
  print(`client_id:     ${clientId}`);
  print(`client_secret: ${secret}`);
  print(`The previous secret(s) stop working in ${graceHours} hour(s). The new secret is shown this once.`);
}

function parseOptions(args: string[]): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${args[i]} needs a value`);
      options[args[i].slice(2)] = value;
      i++;
    } else positional.push(args[i]);
  }
  return { positional, options };
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`${name} is required.\n\n${CLIENTS_USAGE}`);
  return value;
}

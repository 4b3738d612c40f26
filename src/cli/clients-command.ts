import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiClientsService } from '../auth/api-clients.service.js';
import { ORGANISATION_KINDS, type OrganisationKind } from '../auth/organisation-kind.js';
import { OrganisationsService } from '../auth/organisations.service.js';
import { SecretBox } from '../common/secret-box.js';
import type { AppConfig } from '../config/app-config.js';
import { ApiError } from '../errors/api-error.js';
import { createFulfillmentApiKey } from '../fulfillment/fulfillment-api-keys.js';
import { UsageError } from './run-command.js';

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
  'events:read',
  'events:write',
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

/** The clients command, apart from process handling so that tests can drive it. */
/** `services`: a Nest application context holding AuthDirectoryModule (the CLI's, or a test's app). */
export async function runClientsCommand(argv: string[], services: INestApplicationContext, config: AppConfig, print: (line: string) => void): Promise<void> {
  const [command, ...rest] = argv;
  const { positional, options } = parseOptions(rest);
  const clients = services.get(ApiClientsService);
  try {
    switch (command) {
      case 'create':
        return await create(options, clients, services.get(OrganisationsService), services.get(DataSource), config, print);
      case 'list':
        for (const c of await clients.list()) {
          print(
            `${c.clientId}\t${c.displayName}\torg=${c.organisationCode}\tscopes=${c.scopes.join(' ')}\tquota=${c.dailyQuota}\t${c.enabled ? 'enabled' : 'disabled'}\tsecrets=${c.liveSecrets}`,
          );
        }
        return;
      case 'rotate': {
        const clientId = required(positional[0], 'client id');
        const graceHours = options['grace-hours'] ? Number(options['grace-hours']) : 24;
        if (!Number.isFinite(graceHours) || graceHours < 0) throw new UsageError('--grace-hours must be a number of hours, 0 or more');
        const secret = await clients.rotateSecret(clientId, graceHours);
        print(`client_id:     ${clientId}`);
        print(`client_secret: ${secret}`);
        print(`The previous secret(s) stop working in ${graceHours} hour(s). The new secret is shown this once.`);
        return;
      }
      case 'disable':
      case 'enable': {
        const clientId = required(positional[0], 'client id');
        await clients.setEnabled(clientId, command === 'enable');
        print(`${clientId} ${command}d`);
        return;
      }
      case 'fulfillment-key': {
        const clientId = required(positional[0], 'client id');
        const productCode = required(positional[1], 'product code');
        const key = await services
          .get(DataSource)
          .transaction(async (manager) =>
            createFulfillmentApiKey(manager, new SecretBox(config.authPepper), await clients.require(clientId, manager), productCode),
          );
        print(`key_id:     ${key.keyId}`);
        print(`key_secret: ${key.secret}`);
        print(`Signs fulfilment requests of ${clientId} for ${productCode}. The secret is shown this once; store it now.`);
        return;
      }
      default:
        throw new UsageError(CLIENTS_USAGE);
    }
  } catch (error) {
    // What the services refuse (no such client, an id taken) is the operator's to fix.
    throw error instanceof ApiError ? new UsageError(error.detail) : error;
  }
}

async function create(
  options: Record<string, string>,
  clients: ApiClientsService,
  organisations: OrganisationsService,
  dataSource: DataSource,
  config: AppConfig,
  print: (line: string) => void,
) {
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
  const { secret } = await dataSource.transaction(async (manager) => {
    let organisation = await organisations.findByCode(orgCode, { manager });
    if (!organisation) {
      if (!options['org-name']) throw new UsageError(`No organisation ${orgCode}; give --org-name and --org-kind to create it`);
      const kind = options['org-kind'] as OrganisationKind;
      if (!ORGANISATION_KINDS.includes(kind)) throw new UsageError(`--org-kind must be one of ${ORGANISATION_KINDS.join(', ')}`);
      organisation = await organisations.create({ code: orgCode, name: options['org-name'], kind }, manager);
    }
    return clients.create({ clientId, displayName: name, organisationId: organisation.id, scopes, dailyQuota: quota }, manager);
  });
  print(`client_id:     ${clientId}`);
  print(`client_secret: ${secret}`);
  print('The secret is shown this once; store it now.');
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

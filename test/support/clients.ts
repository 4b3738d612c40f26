import type { TestApp } from './test-app.js';
import { runClientsCommand } from '../../src/cli/clients-command.js';
import { DEMO_CLIENTS } from '../../src/seed/demo-clients.js';

export interface TestClient {
  clientId: string;
  secret: string;
  organisationCode: string;
}

let counter = 0;

/** Creates a client through the clients command, as an operator would, and returns its secret. */
export async function createClient(
  app: TestApp,
  options: { scopes: string[]; quota?: number; orgCode?: string; orgKind?: string; id?: string },
): Promise<TestClient> {
  counter += 1;
  const clientId = options.id ?? `test-client-${counter}-${Date.now().toString(36)}`;
  const orgCode = options.orgCode ?? `ORG-${clientId}`.slice(0, 40);
  const lines: string[] = [];
  const args = ['create', '--id', clientId, '--name', `Test ${clientId}`, '--org', orgCode, '--scopes', options.scopes.join(' ')];
  const [existing] = await app.dataSource.query('SELECT 1 FROM organisations WHERE code = $1', [orgCode]);
  if (!existing) args.push('--org-name', `Organisation ${orgCode}`, '--org-kind', options.orgKind ?? 'recognising_organisation');
  if (options.quota) args.push('--quota', String(options.quota));
  await runClientsCommand(args, app.running.app, app.config, (line) => lines.push(line));
  const secret = lines.find((line) => line.startsWith('client_secret:'))!.split(/\s+/)[1];
  return { clientId, secret, organisationCode: orgCode };
}

export function basic(client: { clientId: string; secret: string }): string {
  return `Basic ${Buffer.from(`${client.clientId}:${client.secret}`).toString('base64')}`;
}

/** A client the demo seed makes (DEMO_SEED=true), with its published secret. */
export function demoClient(clientId: string): { clientId: string; secret: string } {
  const client = DEMO_CLIENTS.find((candidate) => candidate.clientId === clientId);
  if (!client) throw new Error(`the demo seed makes no client ${clientId}`);
  return { clientId: client.clientId, secret: client.secret };
}

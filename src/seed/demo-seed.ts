import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { hashSecret } from '../auth/secret-hashing.js';
import { DEMO_CLIENTS, DEMO_ORGANISATIONS } from './demo-clients.js';
import { seedIeltsDemoResults } from './ielts-demo-results.js';
import { seedBookingDemoData } from './booking-demo-data.js';
import { seedFulfillmentDemoData } from './fulfillment-demo-data.js';
import { seedResultsDemoScripts, seedResultsDemoStatuses } from './results-demo-scripts.js';

export interface DemoSeedReport {
  seeded: boolean;
  clients: typeof DEMO_CLIENTS;
  ieltsResults: number;
}

/** Fills an empty database with the sandbox's organisations, clients and data; leaves any other alone. */
export async function seedDemoData(dataSource: DataSource, config: AppConfig): Promise<DemoSeedReport> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM api_clients');
  if (count > 0) return { seeded: false, clients: DEMO_CLIENTS, ieltsResults: 0 };
  let ieltsResults = 0;
  await dataSource.transaction(async (manager) => {
    for (const organisation of DEMO_ORGANISATIONS) {
      await manager.query('INSERT INTO organisations (id, code, name, kind) VALUES ($1, $2, $3, $4)', [organisation.id, organisation.code, organisation.name, organisation.kind]);
    }
    for (const client of DEMO_CLIENTS) {
      const organisation = DEMO_ORGANISATIONS.find((o) => o.code === client.organisationCode)!;
      await manager.query('INSERT INTO api_clients (client_id, display_name, organisation_id, scopes, daily_quota) VALUES ($1, $2, $3, $4, $5)', [
        client.clientId,
        client.displayName,
        organisation.id,
        client.scopes,
        config.defaultDailyQuota,
      ]);
      await manager.query('INSERT INTO api_client_secrets (id, client_id, secret_hash) VALUES ($1, $2, $3)', [randomUUID(), client.clientId, hashSecret(config.authPepper, client.secret)]);
    }
    const ros = DEMO_ORGANISATIONS.filter((o) => o.kind === 'recognising_organisation').map((o) => o.id) as [string, string];
    ieltsResults = await seedIeltsDemoResults(manager, ros, 2600, { withSeedExample: true });
    await seedBookingDemoData(manager, DEMO_ORGANISATIONS.find((o) => o.kind === 'centre')!.id);
    await seedResultsDemoScripts(manager);
    await seedResultsDemoStatuses(manager);
    const localAdministrator = DEMO_CLIENTS.find((c) => c.clientId === 'demo-fulfillment-la')!;
    await seedFulfillmentDemoData(manager, DEMO_ORGANISATIONS.find((o) => o.code === localAdministrator.organisationCode)!.id, localAdministrator.clientId, config.authPepper);
  });
  return { seeded: true, clients: DEMO_CLIENTS, ieltsResults };
}

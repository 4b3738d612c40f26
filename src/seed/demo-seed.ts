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

// Any constant: processes starting together seed one after the other.
const SEED_LOCK = 727_003;

/**
 * Fills an empty database with the sandbox's organisations, clients and data; leaves any other
 * alone. Processes starting at once on one database take turns (a transaction-scoped advisory
 * lock), and each looks for clients only once it holds the lock, so exactly one seeds.
 */
export async function seedDemoData(dataSource: DataSource, config: AppConfig): Promise<DemoSeedReport> {
  let ieltsResults = 0;
  const seeded = await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM api_clients');
    if (count > 0) return false;
    for (const organisation of DEMO_ORGANISATIONS) {
      await manager.query('INSERT INTO organisations (id, code, name, kind) VALUES ($1, $2, $3, $4)', [
        organisation.id,
        organisation.code,
        organisation.name,
        organisation.kind,
      ]);
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
      await manager.query('INSERT INTO api_client_secrets (id, client_id, secret_hash) VALUES ($1, $2, $3)', [
        randomUUID(),
        client.clientId,
        hashSecret(config.authPepper, client.secret),
      ]);
    }
    const ros = DEMO_ORGANISATIONS.filter((o) => o.kind === 'recognising_organisation').map((o) => o.id) as [string, string];
    ieltsResults = await seedIeltsDemoResults(manager, ros, 2600, { withSeedExample: true });
    await seedBookingDemoData(manager, DEMO_ORGANISATIONS.find((o) => o.kind === 'centre')!.id);
    await seedResultsDemoScripts(manager);
    await seedResultsDemoStatuses(manager);
    const localAdministrator = DEMO_CLIENTS.find((c) => c.clientId === 'demo-fulfillment-la')!;
    await seedFulfillmentDemoData(
      manager,
      DEMO_ORGANISATIONS.find((o) => o.code === localAdministrator.organisationCode)!.id,
      localAdministrator.clientId,
      config.authPepper,
    );
    return true;
  });
  return { seeded, clients: DEMO_CLIENTS, ieltsResults };
}

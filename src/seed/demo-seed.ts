import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiClientsService } from '../auth/api-clients.service.js';
import { OrganisationsService } from '../auth/organisations.service.js';
import type { AppConfig } from '../config/app-config.js';
import { DEMO_CLIENTS, DEMO_ORGANISATIONS } from './demo-clients.js';
import { seedIeltsDemoResults } from './ielts-demo-results.js';
import { seedBookingDemoData } from './booking-demo-data.js';
import { seedFulfillmentDemoData } from './fulfillment-demo-data.js';
import { seedResultsDemoScripts, seedResultsDemoStatuses } from './results-demo-scripts.js';
import { seedEventsDemoData } from './events-demo-data.js';
import { EventOutbox } from '../events/event-outbox.service.js';

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
export async function seedDemoData(app: INestApplicationContext, config: AppConfig): Promise<DemoSeedReport> {
  const [organisations, clients] = [app.get(OrganisationsService), app.get(ApiClientsService)];
  let ieltsResults = 0;
  const seeded = await app.get(DataSource).transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM api_clients');
    if (count > 0) return false;
    for (const organisation of DEMO_ORGANISATIONS) await organisations.create(organisation, manager);
    for (const client of DEMO_CLIENTS) {
      const organisation = DEMO_ORGANISATIONS.find((o) => o.code === client.organisationCode)!;
      await clients.create(
        { clientId: client.clientId, displayName: client.displayName, organisationId: organisation.id, scopes: client.scopes, secret: client.secret },
        manager,
      );
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
    await seedEventsDemoData(manager, app.get(EventOutbox), ros[0], config.authPepper);
    return true;
  });
  return { seeded, clients: DEMO_CLIENTS, ieltsResults };
}

import type { FulfillmentTestEntity } from './entities/fulfillment-test.entity.js';
import type { InventoryTest } from './generated/fulfillment.dto.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** The same rule in SQL, on the table or an alias of it. */
export function availableSql(alias?: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return `${column('status')} = 'Ready' AND ${column('assigned_to')} IS NULL`;
}

/** Available means Ready with nothing in assigned-to, as the iTEP administration system defines it. */
export function isAvailable(test: Pick<FulfillmentTestEntity, 'status' | 'assignedTo'>): boolean {
  return test.status === 'Ready' && test.assignedTo === null;
}

export function inventoryTestView(test: FulfillmentTestEntity): InventoryTest {
  return {
    testId: test.testId,
    password: test.password,
    testType: test.testType,
    status: test.status,
    available: isAvailable(test),
    assignedTo: test.assignedTo,
    track: test.trackCode,
    productCode: test.productCode,
    source: test.source,
    assignedAt: iso(test.assignedAt),
    expiresOn: test.expiresOn,
    scores: test.scores as Record<string, unknown> | null,
    updatedAt: iso(test.updatedAt)!,
  };
}

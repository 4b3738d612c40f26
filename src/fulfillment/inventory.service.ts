import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganisationsService } from '../auth/organisations.service.js';
import { parse } from 'csv-parse/sync';
import { ApiError } from '../errors/api-error.js';
import type { FulfillmentTestEntity } from './entities/fulfillment-test.entity.js';
import { testColumns } from './fulfillment-columns.js';
import { availableSql, inventoryTestView, isAvailable } from './fulfillment-views.js';
import { csvPieces } from './csv-pieces.js';
import type { InventoryLoadItem, InventoryLoadReport, InventoryPage, ListInventoryQuery } from './generated/fulfillment.dto.js';
import { newTestPassword } from './test-credentials.js';

export const CSV_HEADER = ['Test ID', 'Password', 'Test Type', 'Status', 'Assigned To'];
const TEST_ID = /^[A-Z0-9]{6,20}$/;
const TEST_TYPE = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$/;
const PASSWORD = /^[A-Za-z0-9]{6,32}$/;

/** The caller's inventory (listing, the AVAILABLE TESTS export) and the provider's loads into it. */
@Injectable()
export class InventoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  async list(organisationId: string, query: ListInventoryQuery): Promise<InventoryPage> {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 100;
    const filter = `t.organisation_id = $1 AND ($2::text IS NULL OR t.status = $2) AND ($3::text IS NULL OR t.test_type = $3)
      AND ($4::boolean IS NULL OR (${availableSql('t')}) = $4)`;
    const filterValues = [organisationId, query.status ?? null, query.testType ?? null, query.available ?? null];
    const [tests, [{ total }]]: [FulfillmentTestEntity[], Array<{ total: number }>] = await Promise.all([
      this.dataSource.query(`SELECT ${testColumns('t')} FROM fulfillment_tests t WHERE ${filter} ORDER BY t.updated_at DESC, t.test_id LIMIT $5 OFFSET $6`, [
        ...filterValues,
        limit,
        offset,
      ]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM fulfillment_tests t WHERE ${filter}`, filterValues),
    ]);
    const counts: Array<{ test_type: string; status: string; total: number; available: number }> = await this.dataSource.query(
      `SELECT test_type, status, count(*)::int AS total, count(*) FILTER (WHERE ${availableSql()})::int AS available
         FROM fulfillment_tests WHERE organisation_id = $1 GROUP BY test_type, status ORDER BY test_type, status`,
      [organisationId],
    );
    return {
      counts: counts.map((c) => ({
        testType: c.test_type,
        status: c.status as InventoryPage['counts'][number]['status'],
        total: c.total,
        available: c.available,
      })),
      tests: tests.map(inventoryTestView),
      total,
      offset,
      limit,
    };
  }

  /** The AVAILABLE TESTS export: its header and rows as CSV text, in pieces (csvPieces). */
  async availableCsv(organisationId: string, testType: string | undefined): Promise<AsyncGenerator<string>> {
    const tests: Array<Pick<FulfillmentTestEntity, 'testId' | 'password' | 'testType' | 'status'>> = await this.dataSource.query(
      `SELECT test_id AS "testId", password, test_type AS "testType", status FROM fulfillment_tests t
        WHERE t.organisation_id = $1 AND ${availableSql('t')} AND ($2::text IS NULL OR t.test_type = $2) ORDER BY t.test_id`,
      [organisationId, testType ?? null],
    );
    return csvPieces(CSV_HEADER, tests, (t) => [t.testId, t.password, t.testType, t.status, '']);
  }

  /** Reconciles test IDs into an organisation's inventory, in one transaction. */
  async load(organisationCode: string, items: InventoryLoadItem[]): Promise<InventoryLoadReport> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisations.requireByCode(organisationCode, { manager });
      // Tests are taken in one order (by id) whatever the order sent, so two loads that share tests
      // wait for each other rather than deadlock; the report keeps the order sent.
      const outcomes: Outcome[] = new Array(items.length);
      const byTestId = items.map((item, index) => ({ item, index })).sort((a, b) => compare(a.item.testId, b.item.testId));
      for (const { item, index } of byTestId) outcomes[index] = await reconcile(manager, organisation.id, item);
      const report: InventoryLoadReport = { inserted: 0, updated: 0, unchanged: 0, conflicts: [] };
      for (const [index, outcome] of outcomes.entries()) {
        if (typeof outcome === 'string') report[outcome] += 1;
        else report.conflicts.push({ testId: items[index].testId, reason: outcome.conflict });
      }
      return report;
    });
  }

  /** The CSV of the AVAILABLE TESTS export (Test ID, Password, Test Type; other columns ignored). */
  async importCsv(organisationCode: string, csv: string): Promise<InventoryLoadReport> {
    const rows = readCsv(csv ?? '');
    const bad = (line: number, message: string) =>
      new ApiError(60002, `line ${line}: ${message}`, { details: [{ location: 'body', field: `line ${line}`, message }] });
    if (rows.length === 0) throw new ApiError(60002, 'The CSV is empty; send a header row and one row per test.');
    const header = rows[0].map((name) => name.trim().toLowerCase());
    const column = (name: string) => header.indexOf(name.toLowerCase());
    const [id, password, type] = [column('Test ID'), column('Password'), column('Test Type')];
    if (id < 0 || type < 0) throw bad(1, 'the header must name the columns "Test ID" and "Test Type" (and optionally "Password")');
    const items: InventoryLoadItem[] = rows.slice(1).map((row, i) => {
      const line = i + 2;
      const item = {
        testId: (row[id] ?? '').trim(),
        testType: (row[type] ?? '').trim(),
        password: password >= 0 ? (row[password] ?? '').trim() || undefined : undefined,
      };
      if (!TEST_ID.test(item.testId)) throw bad(line, `Test ID "${item.testId}" must be 6 to 20 characters of A-Z 0-9`);
      if (!TEST_TYPE.test(item.testType)) throw bad(line, `Test Type "${item.testType}" is not a test type`);
      if (item.password !== undefined && !PASSWORD.test(item.password)) throw bad(line, 'Password must be 6 to 32 letters or digits');
      return item;
    });
    if (items.length === 0) throw new ApiError(60002, 'The CSV has a header but no test rows.');
    return this.load(organisationCode, items);
  }
}

type Outcome = 'inserted' | 'updated' | 'unchanged' | { conflict: string };

async function reconcile(manager: EntityManager, organisationId: string, item: InventoryLoadItem): Promise<Outcome> {
  // Inserted first: a load of the same test at the same moment then waits for the other's row
  // (and finds it below) rather than failing on the key.
  const inserted: unknown[] = await manager.query(
    'INSERT INTO fulfillment_tests (test_id, organisation_id, test_type, password) VALUES ($1, $2, $3, $4) ON CONFLICT (test_id) DO NOTHING RETURNING test_id',
    [item.testId, organisationId, item.testType, item.password ?? newTestPassword()],
  );
  if (inserted.length > 0) return 'inserted';
  const [existing]: FulfillmentTestEntity[] = await manager.query(`SELECT ${testColumns()} FROM fulfillment_tests WHERE test_id = $1 FOR UPDATE`, [
    item.testId,
  ]);
  if (existing.organisationId !== organisationId) return { conflict: 'belongs to another organisation; not changed' };
  const testType = existing.testType !== item.testType ? item.testType : null;
  const password = item.password && existing.password !== item.password ? item.password : null;
  if (testType === null && password === null) return 'unchanged';
  if (!isAvailable(existing)) return { conflict: `in use (${existing.status}${existing.assignedTo ? ', assigned' : ''}); not changed` };
  await manager.query(
    'UPDATE fulfillment_tests SET test_type = COALESCE($2, test_type), password = COALESCE($3, password), updated_at = now() WHERE test_id = $1',
    [item.testId, testType, password],
  );
  return 'updated';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** RFC 4180 rows (a quoted value may hold commas, quotes and line breaks); blank rows are skipped. */
function readCsv(text: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_empty_values: true });
  } catch (error) {
    // An unclosed quote, for one: csv-parse says where.
    throw new ApiError(60002, `The CSV cannot be read: ${(error as Error).message}`);
  }
}

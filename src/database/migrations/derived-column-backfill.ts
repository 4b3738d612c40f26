import type { QueryRunner } from 'typeorm';

export interface DerivedColumn {
  table: string;
  /** The table's uuid primary key: the order batches walk in. */
  key: string;
  /** The column a BEFORE UPDATE trigger derives from the row: filled where still null. */
  column: string;
  /** A column set to itself to rewrite a row, which fires the trigger. */
  touch: string;
  batchRows: number;
}

/**
 * Fills a trigger-derived column on the rows stored before the trigger existed, then makes it NOT
 * NULL, without a lock that stops reads or writes for longer than a moment, so the previous release
 * goes on serving meanwhile. For a migration outside a transaction: each batch commits on its own,
 * and run again after an interruption it carries on where rows are still null. Once the column is
 * NOT NULL it does nothing.
 */
export async function backfillDerivedColumn(q: QueryRunner, derived: DerivedColumn): Promise<void> {
  if (await isNotNull(q, derived.table, derived.column)) return;
  await rewriteInBatches(q, derived);
  const { table, column } = derived;
  const check = `${table}_${column}_filled`;
  // SET NOT NULL alone would scan the table under a lock that stops reads. A validated CHECK proves
  // the same (VALIDATE scans under a lock that lets reads and writes go on), and PostgreSQL then
  // sets NOT NULL without scanning again. A check left by an interrupted run is dropped first.
  await q.query(`ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS ${check}`);
  await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${column} IS NOT NULL) NOT VALID`);
  await q.query(`ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}`);
  await q.query(`ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL`);
  await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${check}`);
}

/** What both a QueryRunner and a DataSource offer: a query with parameters. */
interface CatalogueReader {
  query(sql: string, parameters: unknown[]): Promise<Array<{ notNull: boolean }>>;
}

/** Whether `table.column` is NOT NULL in the catalogue; on a query runner or a data source alike. */
export async function isNotNull(q: CatalogueReader, table: string, column: string): Promise<boolean> {
  const [{ notNull }] = await q.query('SELECT attnotnull AS "notNull" FROM pg_attribute WHERE attrelid = $1::regclass AND attname = $2', [table, column]);
  return notNull;
}

/** Walks the rows in key order, a batch to a statement, rewriting those whose column is still null. */
async function rewriteInBatches(q: QueryRunner, { table, key, column, touch, batchRows }: DerivedColumn): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const rows: { last: string }[] = await q.query(
      `WITH batch AS (
         SELECT ${key} FROM ${table} WHERE $1::uuid IS NULL OR ${key} > $1::uuid ORDER BY ${key} LIMIT $2
       ), rewritten AS (
         UPDATE ${table} t SET ${touch} = t.${touch} FROM batch WHERE t.${key} = batch.${key} AND t.${column} IS NULL
       )
       SELECT ${key} AS last FROM batch ORDER BY ${key} DESC LIMIT 1`,
      [after, batchRows],
    );
    if (!rows.length) return;
    after = rows[0].last;
  }
}

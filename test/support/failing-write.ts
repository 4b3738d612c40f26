import type { DataSource } from 'typeorm';

/**
 * Makes the database refuse the first update that sets `table`'s status to `status` (as a dropped
 * connection or a failover would), then take every later one: a trigger counting with a sequence,
 * which a failed transaction does not roll back. `rowCondition` narrows it to some rows (SQL on NEW).
 * Answers a function that removes it again.
 */
export async function failFirstStatusWrite(dataSource: DataSource, table: string, status: string, rowCondition = 'true'): Promise<() => Promise<void>> {
  const name = `fail_first_${table}_${status}`;
  await dataSource.query(`
    CREATE SEQUENCE ${name};
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF nextval('${name}') = 1 THEN RAISE EXCEPTION 'the database failed the write'; END IF; RETURN NEW; END $$;
    CREATE TRIGGER ${name} BEFORE UPDATE ON ${table} FOR EACH ROW WHEN (NEW.status = '${status}' AND ${rowCondition}) EXECUTE FUNCTION ${name}()`);
  return async () => {
    await dataSource.query(`DROP TRIGGER ${name} ON ${table}; DROP FUNCTION ${name}(); DROP SEQUENCE ${name}`);
  };
}

import pg from 'pg';
import { namedStatement } from '../../src/database/named-statement.js';

// pg's own query object, as pool.query builds it from a config and values (pg/lib/query.js).
const { Query } = pg as unknown as { Query: new (config: unknown, values?: unknown[]) => Record<string, unknown> };

describe('a named statement', () => {
  const statement = namedStatement('a-name', 'SELECT $1::int + $2::int');

  it('gives pg its name, text and row mode, and takes the values beside it', () => {
    const query = new Query(statement, [1, 2]);
    expect(query).toMatchObject({ name: 'a-name', text: 'SELECT $1::int + $2::int', values: [1, 2], _rowMode: 'array' });
  });

  it('holds nothing of its own for pg to copy, and cannot be written to', () => {
    expect(Object.getOwnPropertyNames(statement)).toEqual([]);
    expect(() => Object.assign(statement, { values: [1] })).toThrow(TypeError);
    expect(() => Object.assign(Object.getPrototypeOf(statement), { text: 'SELECT 2' })).toThrow(TypeError);
  });

  it('is not changed by the queries sent with it', () => {
    new Query(statement, [1, 2]);
    new Query(statement, [3, 4]);
    expect(Object.getOwnPropertyNames(statement)).toEqual([]);
    expect({ name: statement.name, text: statement.text, rowMode: statement.rowMode }).toEqual({
      name: 'a-name',
      text: 'SELECT $1::int + $2::int',
      rowMode: 'array',
    });
  });
});

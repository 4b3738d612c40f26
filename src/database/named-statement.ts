import type { QueryArrayConfig } from 'pg';

/** A statement pg parses and plans once per connection (by its name), answering rows as arrays. */
export type NamedStatement = Readonly<QueryArrayConfig & { name: string }>;

/**
 * A named statement as pg's query config, sent as `pool.query(statement, values)`. pg copies a
 * config's own properties at every query so as not to change the caller's object
 * (Object.getOwnPropertyDescriptors, then Object.defineProperties: about 2 µs and 24k instructions
 * for a TRF lookup's four, pg 8.23). Here the name, text and row mode sit on the prototype of an
 * object with no properties of its own, which pg reads through and copies for next to nothing.
 * Frozen, so that a pg that wrote to its argument again would fail at once rather than leak one
 * query's values into another's. Never spread one: a spread copies own properties, and it has none.
 */
export function namedStatement(name: string, text: string): NamedStatement {
  return Object.freeze(Object.create(Object.freeze({ name, text, rowMode: 'array' })) as NamedStatement);
}

import { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database } from './client.js';

/**
 * A statement the driver runs itself, for the few queries on every hot request (a pair's or a country's
 * observations): drizzle's prepared query maps each row field by field through its column decoders,
 * which on a pair's hundred-odd rows cost as much CPU as the rest of the query (bench/http profiles).
 * The SQL names its columns as the result type's keys and casts what needs a JavaScript number.
 * On Postgres it is a named prepared statement (parsed and planned once per connection).
 */
export type RawStatement = { readonly name: string; readonly text: string };

const driverOf = (db: Database) => (db as unknown as { $client: pg.Pool | PGlite }).$client;

export async function rawRows<T>(db: Database, statement: RawStatement, values: unknown[]): Promise<T[]> {
  const client = driverOf(db);
  if (client instanceof PGlite) return (await client.query<T>(statement.text, values)).rows;
  return (await client.query<T & pg.QueryResultRow>({ name: statement.name, text: statement.text, values })).rows;
}

/**
 * The rows as arrays of the selected columns, in order: for a caller that builds its own objects
 * anyway, the driver's object per row (a copy of a template, then a keyed store per column) is work
 * thrown away.
 */
export async function rawTuples(db: Database, statement: RawStatement, values: unknown[]): Promise<unknown[][]> {
  const client = driverOf(db);
  if (client instanceof PGlite) return (await client.query<unknown[]>(statement.text, values, { rowMode: 'array' })).rows;
  return (await client.query<unknown[]>({ name: statement.name, text: statement.text, values, rowMode: 'array' })).rows;
}

import type { Database } from '../db/client.js';

/**
 * Statements built once per database and reused: building a query with drizzle's builder on every
 * request cost more CPU than running it (profiles of `npm run bench -- http`), and a named
 * prepared statement also spares Postgres the parse and plan. The WeakMap lets a closed database
 * (tests open hundreds) take its statements with it.
 */
export function preparedStatements<T>(build: (db: Database) => T): (db: Database) => T {
  const cache = new WeakMap<Database, T>();
  return (db) => {
    let statements = cache.get(db);
    if (statements === undefined) cache.set(db, (statements = build(db)));
    return statements;
  };
}

import type { Database } from './client.js';

/**
 * Something built once per database and reused: prepared statements (building a query with drizzle's
 * builder on every request cost more CPU than running it, bench/http profiles, and a named prepared
 * statement also spares Postgres the parse and plan), or a memo of results. Each database (the
 * primary, every replica, every test's) gets its own; the WeakMap lets a closed one take its share along.
 */
export function perDatabase<T>(build: (db: Database) => T): (db: Database) => T {
  const cache = new WeakMap<Database, T>();
  return (db) => {
    let statements = cache.get(db);
    if (statements === undefined) cache.set(db, (statements = build(db)));
    return statements;
  };
}

import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.js';

/** How many migrations the database has applied (0 when the migrations table does not exist yet). */
export async function appliedMigrationCount(db: Database): Promise<number> {
  // Two statements: a query naming a missing table fails at planning, whatever a CASE says.
  const [table] = await queryRows<{ present: boolean }>(db, sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`);
  if (!table?.present) return 0;
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
  return row?.n ?? 0;
}

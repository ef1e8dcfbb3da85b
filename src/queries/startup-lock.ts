import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

// Any constant shared by all instances: serialises concurrent start-ups against one Postgres.
const STARTUP_LOCK_KEY = 7_283_310_001;

type Session = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/** Session-level lock: held by this connection until unlockStartup, whatever transactions run meanwhile. */
export async function lockStartup(db: Session): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_lock(${STARTUP_LOCK_KEY})`);
}

export async function unlockStartup(db: Session): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_unlock(${STARTUP_LOCK_KEY})`);
}

/**
 * Start-up waits for the lock behind another instance's migrations and then runs its own, which
 * may build an index over millions of rows: neither may be cut off by the statement timeout meant
 * for requests. The start-up timeout (STARTUP_TIMEOUT_MS) bounds it instead.
 */
export async function suspendStatementTimeout(db: Session): Promise<void> {
  await db.execute(sql`SET statement_timeout = 0`);
}

/** Back to the connection's own setting, before it returns to the pool. */
export async function restoreStatementTimeout(db: Session): Promise<void> {
  await db.execute(sql`RESET statement_timeout`);
}

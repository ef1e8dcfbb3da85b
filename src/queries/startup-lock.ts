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

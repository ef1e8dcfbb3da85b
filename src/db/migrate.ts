import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { lockStartup, unlockStartup } from '../queries/startup-lock.js';
import type { DatabaseHandle } from './client.js';

// migrations/ at the repository root, relative to this file wherever it is run from.
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Number of migrations the code ships; /ready compares the database against it. */
export const SHIPPED_MIGRATIONS: number = (
  JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as { entries: unknown[] }
).entries.length;

/**
 * Applies pending migrations, then runs `afterMigrations` (reference data) while still holding
 * the start-up lock, so instances starting together against one Postgres take turns.
 */
export async function prepareDatabase(handle: DatabaseHandle, afterMigrations: () => Promise<void>): Promise<void> {
  if (handle.kind === 'pglite') {
    // PGlite is single-connection and in-process: nothing else can be migrating it.
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    await afterMigrations();
    return;
  }
  const client = await handle.client.connect();
  try {
    const db = drizzlePg({ client });
    await lockStartup(db);
    try {
      await migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER });
      await afterMigrations();
    } finally {
      await unlockStartup(db);
    }
  } finally {
    client.release();
  }
}

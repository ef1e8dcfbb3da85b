import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { DatabaseHandle } from '../db/client.js';
import { migratePgliteDatabase, migratePostgresDatabase } from '../db/migrate.js';
import { syncReferenceData } from '../queries/reference.js';
import { lockStartup, restoreStatementTimeout, suspendStatementTimeout, unlockStartup } from '../queries/startup-lock.js';
import { buildCountryRows } from '../reference/countries.js';
import { GROUPS } from '../reference/groups.js';
import { HS_CHAPTERS } from '../reference/hs-chapters.js';
import { SOURCES } from '../reference/sources.js';

/**
 * Migrations, then the reference data this version ships: what every entry point needs first.
 * On Postgres both run under the start-up lock, so instances starting together take turns.
 */
export async function setUpDatabase(handle: DatabaseHandle): Promise<void> {
  const syncReference = () => syncReferenceData(handle.db, buildCountryRows(), GROUPS, SOURCES, HS_CHAPTERS);
  if (handle.kind === 'pglite') {
    // PGlite is single-connection and in-process: nothing else can be migrating it.
    await migratePgliteDatabase(handle.db as unknown as PgliteDatabase);
    await syncReference();
    return;
  }
  const client = await handle.client.connect();
  try {
    const db = drizzlePg({ client });
    await suspendStatementTimeout(db);
    try {
      await lockStartup(db);
      try {
        await migratePostgresDatabase(db);
        await syncReference();
      } finally {
        await unlockStartup(db);
      }
    } finally {
      await restoreStatementTimeout(db);
    }
  } finally {
    client.release();
  }
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { projectFile } from '../paths.js';

// migrations/ at the repository root, wherever the code runs from (src/ through tsx, or the dist/ bundle).
export const MIGRATIONS_FOLDER = fileURLToPath(projectFile('migrations'));

/** Number of migrations the code ships; /ready compares the database against it. */
export const SHIPPED_MIGRATIONS: number = (JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as { entries: unknown[] }).entries
  .length;

/** Applies the migrations an embedded database lacks. */
export function migratePgliteDatabase(db: PgliteDatabase): Promise<void> {
  return migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** Applies the migrations a Postgres database lacks, on the given connection. */
export function migratePostgresDatabase(db: NodePgDatabase): Promise<void> {
  return migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

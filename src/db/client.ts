import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { DEFAULT_TIMEOUTS, type DatabaseConfig } from '../config.js';
import { lockDataDir } from './pglite-lock.js';
import * as schema from './schema.js';

/** One query interface for both backends: queries never know which one they run on. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle =
  { kind: 'pglite'; db: Database; client: PGlite; close(): Promise<void> } | { kind: 'postgres'; db: Database; client: pg.Pool; close(): Promise<void> };

// bigint (int8: ids, count(*)) arrives from pg as a string; these values stay far below 2^53, so read them as numbers.
// numeric columns declare drizzle's number mode, which parses them itself.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type OpenOptions = {
  /**
   * PGlite only: start from this data-directory snapshot (`PGlite.dumpDataDir()`) instead of an
   * empty cluster. The tests use it to copy a migrated template instead of migrating every database.
   */
  loadDataDir?: Blob;
};

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize,
      connectionTimeoutMillis: config.acquireTimeoutMs ?? DEFAULT_TIMEOUTS.acquireMs,
      statement_timeout: config.statementTimeoutMs ?? DEFAULT_TIMEOUTS.statementMs,
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    const db = drizzlePg({ client: pool, schema }) as unknown as Database;
    return { kind: 'postgres', db, client: pool, close: () => pool.end() };
  }
  if (config.dataDir === null) {
    const client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
    return { kind: 'pglite', db: drizzlePglite({ client, schema }) as unknown as Database, client, close: () => client.close() };
  }
  await mkdir(config.dataDir, { recursive: true });
  const unlock = await lockDataDir(config.dataDir);
  const client = await PGlite.create({ dataDir: config.dataDir, ...(options.loadDataDir && { loadDataDir: options.loadDataDir }) }).catch(
    async (error: unknown) => {
      await unlock();
      throw error;
    },
  );
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return { kind: 'pglite', db, client, close: () => client.close().finally(unlock) };
}

/** Raw SQL rows on either backend (node-postgres and PGlite both answer `{ rows }`). */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  // node-postgres and PGlite both answer { rows }; drizzle's union type of the two results does not say so.
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

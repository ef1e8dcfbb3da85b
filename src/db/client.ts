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

/**
 * PGlite's own start parameters, with 16 MB of shared buffers instead of Postgres's 128 MB: PGlite
 * allocates them in its WebAssembly memory at start, where they stay resident, while the data files
 * are read through Node's file system and so cached by the OS anyway. Measured with the IMF file
 * (docs/benchmarks.md): 116 MB less RSS at start (376 -> 260 MB) and after the pair, country and
 * EU queries (420 -> 296 MB), at the same query speed.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

export type OpenOptions = {
  /**
   * PGlite only: start from this data-directory snapshot (`PGlite.dumpDataDir()`) instead of an
   * empty cluster. The tests use it to copy a migrated template instead of migrating every database.
   */
  loadDataDir?: Blob;
};

type PostgresConfig = Extract<DatabaseConfig, { kind: 'postgres' }>;

/** A pg Pool with the configured size and timeouts, and drizzle over it: the primary's, or a replica's. */
function openPool(url: string, config: PostgresConfig) {
  const pool = new pg.Pool({
    connectionString: url,
    max: config.poolSize,
    connectionTimeoutMillis: config.acquireTimeoutMs ?? DEFAULT_TIMEOUTS.acquireMs,
    statement_timeout: config.statementTimeoutMs ?? DEFAULT_TIMEOUTS.statementMs,
    // No JIT: Postgres compiles a plan whose estimated cost passes 100,000, which a country's product
    // figures at 30M rows did (estimated 45 rows, really 24,000), adding 20 ms to a 130 ms query.
    // Every query here is short; none gains from it.
    options: '-c jit=off',
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return { db: drizzlePg({ client: pool, schema }) as unknown as Database, client: pool, close: () => pool.end() };
}

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (config.kind === 'postgres') return { kind: 'postgres', ...openPool(config.url, config) };
  if (config.dataDir === null) {
    const client = await PGlite.create({ startParams: PGLITE_START_PARAMS, ...(options.loadDataDir && { loadDataDir: options.loadDataDir }) });
    return { kind: 'pglite', db: drizzlePglite({ client, schema }) as unknown as Database, client, close: () => client.close() };
  }
  await mkdir(config.dataDir, { recursive: true });
  const unlock = await lockDataDir(config.dataDir);
  const client = await PGlite.create({
    dataDir: config.dataDir,
    startParams: PGLITE_START_PARAMS,
    ...(options.loadDataDir && { loadDataDir: options.loadDataDir }),
  }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return { kind: 'pglite', db, client, close: () => client.close().finally(unlock) };
}

/** A streaming replica of the primary (DATABASE_READ_URL), named by its place in that list. */
export type ReplicaHandle = { name: string; db: Database; client: pg.Pool; close(): Promise<void> };

/** One pool per DATABASE_READ_URL entry, each as large as the primary's. Pools connect on first use, so this cannot fail. */
export function openReplicas(config: DatabaseConfig): ReplicaHandle[] {
  if (config.kind !== 'postgres') return [];
  return (config.readUrls ?? []).map((url, i) => ({ name: `replica-${i + 1}`, ...openPool(url, config) }));
}

/** Raw SQL rows on either backend (node-postgres and PGlite both answer `{ rows }`). */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  // node-postgres and PGlite both answer { rows }; drizzle's union type of the two results does not say so.
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import type { Test } from 'tap';
import { buildApp } from '../src/build-app.js';
import { parseConfig, type Config, type DatabaseConfig } from '../src/config.js';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { seedDemoData } from '../src/services/demo-data.js';
import { importNomenclature } from '../src/ingest/nomenclature.js';
import { importFlows, type ImportOptions } from '../src/ingest/import.js';
import { extractPristineCluster, pgliteTemplate, postgresTemplate } from './templates.js';

/** Tests run on Postgres when DATABASE_URL names one, otherwise on embedded PGlite. */
export const BACKEND: 'postgres' | 'pglite' = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '') ? 'postgres' : 'pglite';

export const SHARED_DATA = new URL('../../shared/data/', import.meta.url);

let databaseCounter = 0;

/**
 * A database nobody has used: on Postgres a new database on the server DATABASE_URL points at
 * (dropped at teardown), on PGlite a new data directory (removed at teardown). The directory holds
 * a cluster without any schema or migration (test/templates.ts): letting the app's first start
 * create it (initdb) costs seconds of CPU, and with two test files at a time on a busy machine it
 * overran Fastify's 10 s plugin timeout.
 */
export async function freshDatabase(t: Test): Promise<DatabaseConfig> {
  if (BACKEND === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'trade-api-test-'));
    t.teardown(() => rm(dataDir, { recursive: true, force: true }));
    await extractPristineCluster(dataDir);
    return { kind: 'pglite', dataDir };
  }
  return createPostgresDatabase(t);
}

/** A new database on the server DATABASE_URL points at, empty or a copy of `template`; dropped at teardown. */
async function createPostgresDatabase(t: Test, template?: string): Promise<DatabaseConfig> {
  const admin = process.env.DATABASE_URL!;
  const name = `trade_test_${process.pid}_${++databaseCounter}_${Date.now().toString(36)}`;
  await adminQuery(admin, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  t.teardown(() => adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { kind: 'postgres', url: url.toString(), poolSize: 2 };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A migrated database with reference data: a copy of this run's template (test/templates.ts). */
async function migratedDatabase(t: Test): Promise<{ config: DatabaseConfig; handle: DatabaseHandle }> {
  if (BACKEND === 'pglite') {
    // A new in-memory PGlite from the migrated snapshot: loading it costs well under a second of
    // CPU, initdb + migrations several.
    const config: DatabaseConfig = { kind: 'pglite', dataDir: null };
    return { config, handle: await openDatabase(config, { loadDataDir: (await pgliteTemplate()).migrated }) };
  }
  const config = await createPostgresDatabase(t, await postgresTemplate(process.env.DATABASE_URL!));
  return { config, handle: await openDatabase(config) };
}

/**
 * The defaults, except: a test sends thousands of requests from one address in seconds, and an
 * embedded database holds the event loop through each query (an import: seconds), which load
 * shedding would rightly answer 503; the rate limit and load shedding have tests of their own that
 * set them (test/routes/protection.test.ts).
 */
export function testConfig(database: DatabaseConfig, overrides: Partial<Config> = {}): Config {
  return {
    ...parseConfig({}),
    database,
    logLevel: 'silent',
    demoData: 'never',
    rateLimit: { max: 1_000_000, windowMs: 60_000 },
    maxEventLoopDelayMs: 0,
    ...overrides,
  };
}

export type BuildOptions = {
  /** Load the seed article's demo figures (as `cli seed demo` does). */
  demo?: boolean;
  /** Settings other than the defaults (limits, rate limits) for the app under test. */
  config?: Partial<Config>;
};

/**
 * A real app on a fresh, isolated database: a copy of the migrated template, so the app's start-up
 * (setUpDatabase) finds every migration applied and the reference data current. Closed at the end
 * of the test.
 */
export async function build(t: Test, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const { config, handle: database } = await migratedDatabase(t);
  let app: FastifyInstance;
  try {
    app = await buildApp({ config: testConfig(config, opts.config), database });
  } catch (error) {
    await database.close();
    throw error;
  }
  // The app does not own a database handed to it: close both (an open PGlite keeps its process alive ~10 s).
  t.teardown(async () => {
    await app.close();
    await database.close();
  });
  if (opts.demo) await seedDemoData(app.db);
  return app;
}

export const FIXTURES = new URL('./fixtures/', import.meta.url);

/** Imports a file through the same path as the CLI and POST /v1/imports. */
export function importFile(app: FastifyInstance, file: URL | string, opts: Partial<ImportOptions> & Pick<ImportOptions, 'format'>) {
  return importFlows(app.dbHandle, createReadStream(file), {
    source: opts.format === 'comtrade' ? 'un-comtrade' : opts.format === 'sdmx-csv' ? 'imf-imts' : 'imf-dots',
    onError: 'abort',
    fileName: null,
    ...opts,
  });
}

/** Imports a file given inline, as text or bytes. */
export function importText(app: FastifyInstance, text: string | Buffer, opts: Partial<ImportOptions> & Pick<ImportOptions, 'format'>) {
  return importFlows(app.dbHandle, Readable.from([typeof text === 'string' ? Buffer.from(text) : text]), {
    source: 'imf-dots',
    onError: 'abort',
    fileName: null,
    ...opts,
  });
}

/** POST /v1/imports over HTTP (inject) with an API key: the path that also moves this app's data version at once. */
export function postImport(app: FastifyInstance, key: string, csv: string | Buffer, query = 'format=canonical&source=imf-dots') {
  return app.inject({
    method: 'POST',
    url: `/v1/imports?${query}`,
    payload: csv,
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${key}` },
  });
}

export const HS_NOMENCLATURE = new URL('reference/hs2022/harmonized-system.csv', SHARED_DATA);

/** Imports the HS 2022 nomenclature (../shared/data) as `cli import --format hs-nomenclature` does, and lets the app see it at once. */
export async function importHsNomenclature(app: FastifyInstance) {
  const summary = await importNomenclature(app.dbHandle, createReadStream(HS_NOMENCLATURE), 'abort', 'harmonized-system.csv');
  app.dataVersion.invalidate();
  return summary;
}

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
import { importFlows, type ImportOptions } from '../src/ingest/import.js';

/** Tests run on Postgres when DATABASE_URL names one, otherwise on embedded PGlite. */
export const BACKEND: 'postgres' | 'pglite' = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '') ? 'postgres' : 'pglite';

export const SHARED_DATA = new URL('../../shared/data/', import.meta.url);

let databaseCounter = 0;

/**
 * A database nobody has used: on Postgres a new database on the server DATABASE_URL points at
 * (dropped at teardown), on PGlite a new data directory (removed at teardown).
 */
export async function freshDatabase(t: Test): Promise<DatabaseConfig> {
  if (BACKEND === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'trade-api-test-'));
    t.teardown(() => rm(dataDir, { recursive: true, force: true }));
    return { kind: 'pglite', dataDir };
  }
  const admin = new URL(process.env.DATABASE_URL!);
  const name = `trade_test_${process.pid}_${++databaseCounter}_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  t.teardown(async () => {
    const dropper = new pg.Client({ connectionString: admin.toString() });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await dropper.end();
  });
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { kind: 'postgres', url: url.toString(), poolSize: 2 };
}

// PGlite costs seconds of CPU to start, so each test process keeps one in-memory instance and
// empties it between apps; Postgres gets a whole new database per app instead.
let sharedPglite: DatabaseHandle | undefined;

async function emptySharedPglite(): Promise<DatabaseHandle> {
  sharedPglite ??= await openDatabase({ kind: 'pglite', dataDir: null });
  if (sharedPglite.kind === 'pglite') {
    await sharedPglite.client.exec('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  }
  return sharedPglite;
}

export function testConfig(database: DatabaseConfig, overrides: Partial<Config> = {}): Config {
  return { ...parseConfig({}), database, logLevel: 'silent', demoData: 'never', ...overrides };
}

export type BuildOptions = {
  /** Load the seed article's demo figures (as `cli seed demo` does). */
  demo?: boolean;
};

/** A real app on a fresh, migrated database with reference data; closed at the end of the test. */
export async function build(t: Test, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app =
    BACKEND === 'pglite'
      ? await buildApp({ config: testConfig({ kind: 'pglite', dataDir: null }), database: await emptySharedPglite() })
      : await buildApp({ config: testConfig(await freshDatabase(t)) });
  t.teardown(() => app.close());
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

/** The environment for a CLI process (src/cli.ts) on the given database. */
export function cliEnv(database: DatabaseConfig): NodeJS.ProcessEnv {
  return { ...process.env, ...(database.kind === 'postgres' ? { DATABASE_URL: database.url } : { DATABASE_URL: '', PGLITE_DIR: database.dataDir! }) };
}

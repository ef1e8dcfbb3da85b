/**
 * Template databases for the tests. Migrations and the reference-data sync run once per run (per
 * content of the code, in fact), not once per test database:
 *
 * - PGlite: a migrated data directory is dumped to a tarball in os.tmpdir(), keyed by a hash of
 *   migrations/, src/ and package-lock.json, and every test database starts as a copy of it
 *   (`loadDataDir`). A second tarball holds the same cluster before any migration, for tests that
 *   want a database nobody has used yet.
 * - Postgres: one migrated template database per tap run on the server DATABASE_URL names; every
 *   test database is `CREATE DATABASE ... TEMPLATE` it. It is dropped when the run ends.
 *
 * The app still runs setUpDatabase on every copy: on a migrated database that is the quick path
 * (no pending migration; the reference upserts change nothing).
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { open, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { isProcessRunning } from '../src/process-alive.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Everything a template's content can depend on: the schema, the reference data and the code that writes them. */
const KEY_INPUTS = ['migrations', 'src', 'package-lock.json'];

let keyPromise: Promise<string> | undefined;

/** A hash of KEY_INPUTS: a new one whenever a migration, the reference data or a dependency changes. */
export function templateKey(): Promise<string> {
  keyPromise ??= (async () => {
    const files: string[] = [];
    for (const input of KEY_INPUTS) {
      const path = join(ROOT, input);
      if ((await stat(path)).isFile()) {
        files.push(input);
        continue;
      }
      for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) files.push(relative(ROOT, join(entry.parentPath, entry.name)));
      }
    }
    const hash = createHash('sha256');
    for (const file of files.sort()) hash.update(`${file}\0`).update(await readFile(join(ROOT, file)));
    return hash.digest('hex').slice(0, 16);
  })();
  return keyPromise;
}

// ---------------------------------------------------------------------------------------------
// PGlite

export type PgliteTemplate = {
  /** A migrated data directory with the reference data. */
  migrated: Blob;
  /** Path of a tarball holding a cluster nobody has used: what a first start creates, before migrations. */
  pristineTar: string;
};

let pgliteTemplatePromise: Promise<PgliteTemplate> | undefined;

/** The cached PGlite template, built on first use by whichever test process gets there first. */
export function pgliteTemplate(): Promise<PgliteTemplate> {
  pgliteTemplatePromise ??= (async () => {
    const base = join(tmpdir(), `trade-api-test-pglite-${await templateKey()}`);
    const files = { pristine: `${base}-pristine.tar`, migrated: `${base}-migrated.tar` };
    // The migrated tarball is written last (and by rename): if it is there, both are complete.
    if (!(await exists(files.migrated))) {
      await withLockFile(`${base}.lock`, async () => {
        if (!(await exists(files.migrated))) await buildPgliteTemplate(files);
      });
      await pruneOldTemplates(base);
    }
    return { migrated: new Blob([await readFile(files.migrated)]), pristineTar: files.pristine };
  })();
  return pgliteTemplatePromise;
}

async function buildPgliteTemplate(files: { pristine: string; migrated: string }): Promise<void> {
  const { openDatabase } = await import('../src/db/client.js');
  const { setUpDatabase } = await import('../src/services/database-setup.js');
  const handle = await openDatabase({ kind: 'pglite', dataDir: null });
  if (handle.kind !== 'pglite') throw new Error('unreachable');
  try {
    // CHECKPOINT first: a copy then starts without replaying WAL.
    await handle.client.exec('CHECKPOINT');
    await writeAtomically(files.pristine, await handle.client.dumpDataDir('none'));
    await setUpDatabase(handle);
    await handle.client.exec('CHECKPOINT');
    await writeAtomically(files.migrated, await handle.client.dumpDataDir('none'));
  } finally {
    await handle.close();
  }
}

/** Extracts the pristine cluster into `dataDir`, so that opening it skips initdb (seconds of CPU). */
export async function extractPristineCluster(dataDir: string): Promise<void> {
  const { pristineTar } = await pgliteTemplate();
  // PGlite writes member names as absolute paths (/base/1/...); tar makes them relative to -C.
  await promisify(execFile)('tar', ['-xf', pristineTar, '-C', dataDir]);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function writeAtomically(path: string, data: Blob): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, Buffer.from(await data.arrayBuffer()));
  await rename(temporary, path);
}

/**
 * Runs `fn` while holding a lock file, so that parallel test processes build a template once
 * instead of each building their own. Only an optimisation: templates are published by rename,
 * so two builders racing (after a stale lock) still leave a complete template.
 */
async function withLockFile<T>(path: string, fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await lockIsStale(path)) await rm(path, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}

/** A lock whose holder has exited, or that is older than a template build can take. */
async function lockIsStale(path: string): Promise<boolean> {
  // Released meanwhile: not stale, just try again.
  const read = await Promise.all([readFile(path, 'utf8'), stat(path)]).catch(() => null);
  if (read === null) return false;
  const [pid, info] = read;
  if (Date.now() - info.mtimeMs > 120_000) return true;
  if (!pid) return false; // being written
  return !isProcessRunning(Number(pid));
}

/** Removes PGlite templates of older code (40 MB each) once they have not been written for a day. */
async function pruneOldTemplates(current: string): Promise<void> {
  const dir = tmpdir();
  const prefix = 'trade-api-test-pglite-';
  for (const name of await readdir(dir).catch(() => [])) {
    const path = join(dir, name);
    if (!name.startsWith(prefix) || path.startsWith(current)) continue;
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > 24 * 3600_000) await rm(path, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Postgres

/**
 * The process whose end ends the run: the tap runner, parent of every test file it spawns, or the
 * test process itself when a file runs on its own.
 */
function runPid(): number {
  return process.env.TAP === '1' ? process.ppid : process.pid;
}

/** `<db>_tmpl_<run>_`: this run's template databases (named after DATABASE_URL's database, so parallel CI runs never meet). */
function postgresTemplatePrefix(adminUrl: string): string {
  const db = decodeURIComponent(new URL(adminUrl).pathname.slice(1)) || 'postgres';
  return `${db.slice(0, 30)}_tmpl_${runPid()}_`;
}

let postgresTemplatePromise: Promise<string> | undefined;

/** Name of this run's migrated template database on the server `adminUrl` points at; created on first use. */
export function postgresTemplate(adminUrl: string): Promise<string> {
  postgresTemplatePromise ??= (async () => {
    const prefix = postgresTemplatePrefix(adminUrl);
    const name = `${prefix}${(await templateKey()).slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      // Session lock: parallel test processes of this run wait for the first one to build it.
      await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount === 0) {
        dropWhenRunEnds(adminUrl, prefix);
        await buildPostgresTemplate(admin, adminUrl, name);
      }
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    } finally {
      await admin.end();
    }
    return name;
  })();
  return postgresTemplatePromise;
}

async function buildPostgresTemplate(admin: pg.Client, adminUrl: string, name: string): Promise<void> {
  const { openDatabase } = await import('../src/db/client.js');
  const { setUpDatabase } = await import('../src/services/database-setup.js');
  // Built under another name and renamed when complete: a template that exists is whole.
  const building = `${name}_b`;
  await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${building}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${building}`;
  // Two connections: setUpDatabase holds one for the start-up lock while the reference sync runs on another.
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
  try {
    await setUpDatabase(handle);
  } finally {
    await handle.close();
  }
  // Waits (up to 5 s) for the closed pool's backend to go, as CREATE DATABASE ... TEMPLATE would.
  await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
}

// Plain JavaScript for `node -e`: waits for the run's process to end, then drops the run's
// templates. It works from the maintenance database when it can: DATABASE_URL's own database may be
// dropped meanwhile (CI drops it as soon as npm test returns).
const DROPPER = `
const [pid, prefix, pgModule] = process.argv.slice(1);
const pg = require(pgModule);
const alive = () => { try { process.kill(Number(pid), 0); return true; } catch (e) { return e.code === 'EPERM'; } };
async function dropTemplates(db) {
  const url = new URL(process.env.TEMPLATE_SERVER_URL);
  if (db) url.pathname = db;
  const client = new pg.Client({ connectionString: url.toString() });
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await client.query('DROP DATABASE IF EXISTS "' + datname + '" WITH (FORCE)');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
const timer = setInterval(async () => {
  if (alive()) return;
  clearInterval(timer);
  for (const db of ['/postgres', null, '/template1']) if (await dropTemplates(db)) return;
}, 100);
`;

/**
 * Drops the run's template databases once the run is over, from a small detached process: tap has
 * no hook that runs after the last test file without the cost of another TypeScript process, and
 * this also cleans up after a run that was interrupted.
 */
function dropWhenRunEnds(adminUrl: string, prefix: string): void {
  const pgModule = createRequire(import.meta.url).resolve('pg');
  const child = spawn(process.execPath, ['-e', DROPPER, String(runPid()), prefix, pgModule], {
    detached: true,
    stdio: 'ignore',
    // The URL may hold a password: in the environment, not on the command line.
    env: { PATH: process.env.PATH ?? '', TEMPLATE_SERVER_URL: adminUrl },
  });
  child.unref();
}

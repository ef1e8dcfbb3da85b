import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { setUpDatabase } from '../src/services/database-setup.js';
import { seedDemoData } from '../src/services/demo-data.js';
import { importFlows } from '../src/ingest/import.js';
import { scratchDatabase } from './scratch-database.js';

export const IMF_FILE = new URL('../../shared/data/imf-dots/bilateral_2000_2020.csv.gz', import.meta.url);

/**
 * A scratch Postgres database with the schema, the full IMF 2000-2020 file and the demo data: what the
 * read benchmarks query. The caller drops it (`drop`), also when loading fails part-way.
 */
export async function imfScratchDatabase(prefix: string, purpose: string): Promise<{ url: string; drop: () => Promise<void> }> {
  requireImfFile(purpose);
  const scratch = await scratchDatabase(prefix);
  try {
    await load(await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 2 }));
    return scratch;
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}

/** The same in an embedded (PGlite) data directory under the system's temp directory; the caller removes it. */
export async function imfPgliteDirectory(purpose: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  requireImfFile(purpose);
  const dir = await mkdtemp(join(tmpdir(), 'bench-pglite-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await load(await openDatabase({ kind: 'pglite', dataDir: dir }));
    return { dir, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

function requireImfFile(purpose: string): void {
  if (!existsSync(IMF_FILE)) throw new Error(`${IMF_FILE.pathname} is absent: the ${purpose} benchmark needs the IMF file from shared/data`);
}

/** Schema, the IMF file and the demo data into an opened database, which it then closes. */
async function load(loader: DatabaseHandle): Promise<void> {
  try {
    await setUpDatabase(loader);
    await importFlows(loader, createReadStream(IMF_FILE), { format: 'imf-dots', source: 'imf-dots', onError: 'abort', fileName: null });
    await seedDemoData(loader.db);
  } finally {
    await loader.close();
  }
}

import { createReadStream, existsSync } from 'node:fs';
import { openDatabase } from '../src/db/client.js';
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
  if (!existsSync(IMF_FILE)) throw new Error(`${IMF_FILE.pathname} is absent: the ${purpose} benchmark needs the IMF file from shared/data`);
  const scratch = await scratchDatabase(prefix);
  try {
    const loader = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 2 });
    try {
      await setUpDatabase(loader);
      await importFlows(loader, createReadStream(IMF_FILE), { format: 'imf-dots', source: 'imf-dots', onError: 'abort', fileName: null });
      await seedDemoData(loader.db);
    } finally {
      await loader.close();
    }
    return scratch;
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}

import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.js';
import { importFlows } from '../src/ingest/import.js';
import { setUpDatabase } from '../src/services/database-setup.js';
import { seedDemoData } from '../src/services/demo-data.js';
import { scratchDatabase } from './scratch-database.js';
import { writeSynthetic, type SyntheticOptions } from './synthetic.js';

/** The source the synthetic rows are filed under: a row of its own in the scratch database, so nothing passes them off as IMF figures. */
export const SYNTHETIC_SOURCE = 'synthetic';

export type SyntheticLoad = {
  url: string;
  drop: () => Promise<void>;
  rows: number;
  fileBytes: number;
  generateSeconds: number;
  /** importFlows alone: spooling, parsing and checks, COPY into trade_flows with its indexes, ANALYZE, commit. */
  importSeconds: number;
};

/**
 * A scratch Postgres database with the schema, the synthetic file (bench/synthetic.ts) loaded through
 * the real importer (`canonical` format, source `synthetic`) and the demo data: the same state as
 * imfScratchDatabase, with about three times the rows. The file is generated into a temporary
 * directory first, so the import time is the importer's alone. The caller drops the database
 * (`drop`), also when loading fails part-way; `signal` (Ctrl-C) stops the import and rolls it back.
 */
export async function syntheticScratchDatabase(prefix: string, options: Partial<SyntheticOptions> = {}, signal?: AbortSignal): Promise<SyntheticLoad> {
  const dir = await mkdtemp(join(tmpdir(), 'synthetic-'));
  const file = join(dir, 'synthetic.csv');
  const scratch = await scratchDatabase(prefix);
  try {
    let started = performance.now();
    const rows = await writeSynthetic(createWriteStream(file), options);
    signal?.throwIfAborted();
    const generateSeconds = (performance.now() - started) / 1000;
    const fileBytes = (await stat(file)).size;
    const loader = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 2 });
    let importSeconds: number;
    try {
      await setUpDatabase(loader);
      await loader.db.execute(sql`
        INSERT INTO sources (id, name, publisher, notes)
        VALUES (${SYNTHETIC_SOURCE}, 'Synthetic trade flows', 'bench/synthetic.ts', 'Deterministic generated figures for benchmarks; not real data.')
        ON CONFLICT (id) DO NOTHING`);
      started = performance.now();
      const summary = await importFlows(loader, createReadStream(file), {
        format: 'canonical',
        source: SYNTHETIC_SOURCE,
        onError: 'abort',
        fileName: 'synthetic.csv',
        ...(signal && { signal }),
      });
      importSeconds = (performance.now() - started) / 1000;
      if (summary.inserted !== rows) throw new Error(`the import inserted ${summary.inserted} of the file's ${rows} rows`);
      await seedDemoData(loader.db);
    } finally {
      await loader.close();
    }
    return { ...scratch, rows, fileBytes, generateSeconds, importSeconds };
  } catch (error) {
    await scratch.drop();
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

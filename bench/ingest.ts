/**
 * Ingest benchmark: the IMF 2000-2020 file through the import path (parse, row checks, COPY into
 * staging, merge into trade_flows, one transaction) against a raw COPY of the same rows into a
 * table with trade_flows' indexes and constraints, in the same run on the same Postgres.
 * Rounds alternate so drift on a shared machine hits both sides alike; medians are reported.
 *
 *   npm run bench -- ingest            (Postgres at BENCH_DATABASE_URL, default postgres://root@127.0.0.1:5432/postgres)
 */
import { createReadStream, existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { openDatabase } from '../src/db/client.js';
import { setUpDatabase } from '../src/services/database-setup.js';
import { importFlows } from '../src/ingest/import.js';
import { median, scratchDatabase } from './scratch-database.js';

const FILE = new URL('../../shared/data/imf-dots/bilateral_2000_2020.csv.gz', import.meta.url);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COLUMNS = 'reporter, partner, year, flow, commodity, value_usd, estimated, source_id, release_id';

export async function benchIngest(): Promise<void> {
  if (!existsSync(FILE)) throw new Error(`${FILE.pathname} is absent: the ingest benchmark needs the IMF file from shared/data`);
  const { url, drop } = await scratchDatabase('bench_ingest');
  const handle = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  const client = new pg.Client({ connectionString: url });
  try {
    await setUpDatabase(handle);
    await client.connect();
    const importRates: number[] = [];
    const copyRates: number[] = [];
    let rows: Buffer | null = null;
    for (let round = 1; round <= ROUNDS; round++) {
      await client.query('TRUNCATE trade_flows, trade_flow_revisions');
      let started = performance.now();
      const summary = await importFlows(handle, createReadStream(FILE), { format: 'imf-dots', source: 'imf-dots', onError: 'abort', fileName: null });
      const importSeconds = (performance.now() - started) / 1000;
      importRates.push(summary.rowsRead / importSeconds);

      if (rows === null) {
        // The exact rows the import wrote, as COPY text, held in memory so the baseline reads no file.
        const chunks: Buffer[] = [];
        for await (const chunk of client.query(copyTo(`COPY (SELECT ${COLUMNS} FROM trade_flows) TO STDOUT`))) chunks.push(chunk as Buffer);
        rows = Buffer.concat(chunks);
      }
      await client.query('DROP TABLE IF EXISTS raw_copy');
      await client.query('CREATE TABLE raw_copy (LIKE trade_flows INCLUDING ALL)');
      started = performance.now();
      await client.query('BEGIN');
      await pipeline(Readable.from([rows]), client.query(copyFrom(`COPY raw_copy (${COLUMNS}) FROM STDIN`)));
      await client.query('COMMIT');
      const copySeconds = (performance.now() - started) / 1000;
      copyRates.push(summary.rowsRead / copySeconds);
      console.log(
        `round ${round}: import ${summary.rowsRead} rows in ${importSeconds.toFixed(1)} s (${Math.round(importRates.at(-1)!)} rows/s); ` +
          `raw COPY ${copySeconds.toFixed(1)} s (${Math.round(copyRates.at(-1)!)} rows/s)`,
      );
    }
    const importRate = median(importRates);
    const copyRate = median(copyRates);
    console.log(
      `ingest: import path ${Math.round(importRate)} rows/s, raw COPY ${Math.round(copyRate)} rows/s, ratio ${(importRate / copyRate).toFixed(2)} (goal >= 0.70)`,
    );
  } finally {
    await client.end().catch(() => {});
    await handle.close();
    await drop();
  }
}

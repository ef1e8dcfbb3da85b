/**
 * Ingest benchmark: a file through the import path (parse, row checks, COPY into staging, merge into
 * trade_flows, one transaction) against a raw COPY of the same rows into a table with trade_flows'
 * indexes and constraints, in the same run on the same Postgres. Two scenarios:
 * - totals: the IMF 2000-2020 file (1M reported totals);
 * - products (issue 11): about as many HS2 and HS4 rows (canonical CSV with net weights) made by
 *   bench/product-generator.ts under the file's first totals, imported after the HS nomenclature:
 *   the per-row speed of product-level data, to compare with the totals'.
 * Rounds alternate so drift on a shared machine hits both sides alike; medians are reported.
 *
 *   npm run bench -- ingest            (Postgres at BENCH_DATABASE_URL, default postgres://root@127.0.0.1:5432/postgres)
 *   INGEST_SCENARIOS=products npm run bench -- ingest
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { setUpDatabase } from '../src/services/database-setup.js';
import { importFlows } from '../src/ingest/import.js';
import { importNomenclature } from '../src/ingest/nomenclature.js';
import type { FormatName } from '../src/ingest/formats/index.js';
import { dotsTotals, headingTree, productStream, type ReportedTotal } from './product-generator.js';
import { median, scratchDatabase } from './scratch-database.js';

const FILE = new URL('../../shared/data/imf-dots/bilateral_2000_2020.csv.gz', import.meta.url);
const NOMENCLATURE = new URL('../../shared/data/reference/hs2022/harmonized-system.csv', import.meta.url);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SCENARIOS = (process.env.INGEST_SCENARIOS ?? 'totals,products').split(',');
/** Totals to put products under: 10 chapters and 20 headings each, about 1M product rows. */
const PRODUCT_TOTALS = Number(process.env.INGEST_PRODUCT_TOTALS ?? 33_000);
const COLUMNS = 'reporter, partner, year, flow, commodity, value_usd, estimated, net_weight_kg, quantity, quantity_unit, source_id, release_id';

type Scenario = { name: string; format: FormatName; source: string; input: () => Readable };

async function* firstOf<T>(items: AsyncIterable<T>, count: number): AsyncGenerator<T> {
  let n = 0;
  for await (const item of items) {
    if (n++ >= count) return;
    yield item;
  }
}

/** One scenario's rounds: the import, then a raw COPY of exactly the rows it wrote; rows/s of each. */
async function runScenario(handle: DatabaseHandle, client: pg.Client, scenario: Scenario) {
  const importRates: number[] = [];
  const copyRates: number[] = [];
  let rows: Buffer | null = null;
  for (let round = 1; round <= ROUNDS; round++) {
    await client.query('TRUNCATE trade_flows, trade_flow_revisions');
    let started = performance.now();
    const summary = await importFlows(handle, scenario.input(), { format: scenario.format, source: scenario.source, onError: 'abort', fileName: null });
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
      `${scenario.name} round ${round}: import ${summary.rowsRead} rows in ${importSeconds.toFixed(1)} s (${Math.round(importRates.at(-1)!)} rows/s); ` +
        `raw COPY ${copySeconds.toFixed(1)} s (${Math.round(copyRates.at(-1)!)} rows/s)`,
    );
  }
  return { importRate: median(importRates), copyRate: median(copyRates) };
}

export async function benchIngest(): Promise<void> {
  if (!existsSync(FILE)) throw new Error(`${FILE.pathname} is absent: the ingest benchmark needs the IMF file from shared/data`);
  const { url, drop } = await scratchDatabase('bench_ingest');
  const handle = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  const client = new pg.Client({ connectionString: url });
  const dir = await mkdtemp(join(tmpdir(), 'bench-ingest-'));
  try {
    await setUpDatabase(handle);
    await client.connect();
    const scenarios: Scenario[] = [];
    if (SCENARIOS.includes('totals')) scenarios.push({ name: 'totals', format: 'imf-dots', source: 'imf-dots', input: () => createReadStream(FILE) });
    if (SCENARIOS.includes('products')) {
      await importNomenclature(handle, createReadStream(NOMENCLATURE), 'abort', null);
      const file = join(dir, 'products.csv');
      const counter = { rows: 0 };
      const totals: AsyncIterable<ReportedTotal> = firstOf(dotsTotals(FILE), PRODUCT_TOTALS);
      await pipeline(productStream(totals, await headingTree(NOMENCLATURE), undefined, counter), createWriteStream(file));
      console.log(`products: ${counter.rows} HS2/HS4 rows generated under ${PRODUCT_TOTALS} totals`);
      scenarios.push({ name: 'products', format: 'canonical', source: 'un-comtrade', input: () => createReadStream(file) });
    }
    const results = new Map<string, { importRate: number; copyRate: number }>();
    for (const scenario of scenarios) results.set(scenario.name, await runScenario(handle, client, scenario));
    for (const [name, { importRate, copyRate }] of results) {
      console.log(
        `ingest ${name}: import path ${Math.round(importRate)} rows/s, raw COPY ${Math.round(copyRate)} rows/s, ratio ${(importRate / copyRate).toFixed(2)} (goal >= 0.70)`,
      );
    }
    const [totals, products] = [results.get('totals'), results.get('products')];
    if (totals && products) console.log(`ingest products/totals per-row import speed: ${(products.importRate / totals.importRate).toFixed(2)}`);
  } finally {
    await client.end().catch(() => {});
    await handle.close();
    await drop();
    await rm(dir, { recursive: true, force: true });
  }
}

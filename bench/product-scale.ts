/**
 * Product scale (issue 11): the products and analytics routes on about 30M product rows in Postgres.
 * The IMF 2000-2020 file's 1M reported totals go in as one source (un-comtrade) with, under each,
 * the HS2 and HS4 rows of bench/product-generator.ts (10 chapters and 20 headings a total), so every
 * chapter and heading figure is real data of a realistic shape. The API then answers, as `npm start`
 * runs it, up to PRODUCT_SCALE_SAMPLES requests per route round-robin over the largest pairs and
 * countries of 2020 and their chapters; p50 and p95 per route, and the first answer apart. Goal:
 * p50 < 50 ms. Writes bench/results/product-scale-<date>.json.
 *
 *   npm run bench -- product-scale
 *   PRODUCT_SCALE_TOTALS=100000 npm run bench -- product-scale           # 3M rows: a quick look
 *   PRODUCT_SCALE_KEEP=1 ...      keeps the database and prints its URL (to run EXPLAIN on it)
 *   PRODUCT_SCALE_URL=postgres://... npm run bench -- product-scale      # a kept database, not loaded again
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { importFlows } from '../src/ingest/import.js';
import { DEFAULT_IMPORT_LIMITS } from '../src/ingest/limits.js';
import { importNomenclature } from '../src/ingest/nomenclature.js';
import { setUpDatabase } from '../src/services/database-setup.js';
import { dotsTotals, headingTree, productStream, type ReportedTotal } from './product-generator.js';
import { IMF_FILE } from './imf-database.js';
import { median, scratchDatabase } from './scratch-database.js';
import { startServer } from './server-process.js';

const NOMENCLATURE = new URL('../../shared/data/reference/hs2022/harmonized-system.csv', import.meta.url);
const TOTALS = process.env.PRODUCT_SCALE_TOTALS === undefined ? Infinity : Number(process.env.PRODUCT_SCALE_TOTALS);
const SAMPLES = Number(process.env.PRODUCT_SCALE_SAMPLES ?? 60);
const KEEP = process.env.PRODUCT_SCALE_KEEP === '1';
const GOAL_MS = 50;
const SOURCE = 'un-comtrade';
const YEAR = 2020;

async function* firstOf<T>(items: AsyncIterable<T>, count: number): AsyncGenerator<T> {
  let n = 0;
  for await (const item of items) {
    if (n++ >= count) return;
    yield item;
  }
}

/** Schema, nomenclature, the IMF totals and the products under them, each through the real importer. */
async function load(url: string) {
  const handle = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  try {
    await setUpDatabase(handle);
    await importNomenclature(handle, createReadStream(NOMENCLATURE), 'abort', null);
    // Products first: a source's first import goes by COPY straight into trade_flows; the totals then merge.
    let started = performance.now();
    const counter = { rows: 0 };
    const under: AsyncIterable<ReportedTotal> = firstOf(dotsTotals(IMF_FILE), TOTALS);
    const products = await importFlows(handle, productStream(under, await headingTree(NOMENCLATURE), undefined, counter), {
      format: 'canonical',
      source: SOURCE,
      onError: 'abort',
      fileName: null,
      // 30M rows are about 1.7 GB of CSV: over the default upload limit (IMPORT_MAX_UPLOAD_BYTES, 1 GiB), as one file.
      limits: { ...DEFAULT_IMPORT_LIMITS, uploadBytes: 8 * 1024 ** 3 },
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `products: ${products.inserted.toLocaleString('en')} rows generated and imported in ${seconds.toFixed(0)} s (${Math.round(products.inserted / seconds).toLocaleString('en')} rows/s)`,
    );
    started = performance.now();
    const totals = await importFlows(handle, createReadStream(IMF_FILE), { format: 'imf-dots', source: SOURCE, onError: 'abort', fileName: null });
    console.log(`totals: ${totals.inserted.toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return { totals: totals.inserted, products: products.inserted, productSeconds: seconds };
  } finally {
    await handle.close();
  }
}

/** The largest pairs and countries of the year, and chapters they trade, to ask about. */
async function subjects(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const pairs = (
      await client.query<{ a: string; b: string; chapter: string }>(
        `SELECT f.reporter AS a, f.partner AS b,
                (SELECT commodity FROM trade_flows c WHERE c.reporter = f.reporter AND c.partner = f.partner AND c.year = f.year
                   AND c.flow = 'export' AND length(c.commodity) = 2 ORDER BY c.value_usd DESC LIMIT 1) AS chapter
         FROM trade_flows f WHERE f.commodity = 'TOTAL' AND f.year = $1 AND f.flow = 'export' AND f.partner <> 'WLD'
         ORDER BY f.value_usd DESC LIMIT 20`,
        [YEAR],
      )
    ).rows.filter((p) => p.chapter !== null);
    const countries = [...new Set(pairs.map((p) => p.a))].slice(0, 10);
    return { pairs, countries };
  } finally {
    await client.end();
  }
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });
function get(base: string, path: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request(`${base}${path}`, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    })
      .on('error', reject)
      .end();
  });
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

export async function benchProductScale(): Promise<void> {
  const given = process.env.PRODUCT_SCALE_URL;
  const scratch = given === undefined ? await scratchDatabase('bench_product_scale') : { url: given, drop: async () => {} };
  let loaded: Awaited<ReturnType<typeof load>> | null = null;
  try {
    if (given === undefined) loaded = await load(scratch.url);
    const { pairs, countries } = await subjects(scratch.url);
    const rowCount = Number(
      (await (async () => {
        const c = new pg.Client({ connectionString: scratch.url });
        await c.connect();
        try {
          return (await c.query<{ n: string }>('SELECT count(*) AS n FROM trade_flows')).rows[0]!.n;
        } finally {
          await c.end();
        }
      })()) ?? 0,
    );
    const server = await startServer({ DATABASE_URL: scratch.url, RATE_LIMIT_MAX: '10000000' });
    const routes: { name: string; paths: string[] }[] = [
      { name: 'pair products (HS2)', paths: pairs.map((p) => `/v1/bilateral/${p.a}/${p.b}/products?year=${YEAR}`) },
      { name: 'pair products (HS4 of a chapter)', paths: pairs.map((p) => `/v1/bilateral/${p.a}/${p.b}/products?year=${YEAR}&level=4&parent=${p.chapter}`) },
      { name: 'pair products, 5 years', paths: pairs.map((p) => `/v1/bilateral/${p.a}/${p.b}/products?from=${YEAR - 4}&to=${YEAR}`) },
      { name: 'country products (HS2, the World)', paths: countries.map((c) => `/v1/countries/${c}/products?year=${YEAR}`) },
      { name: 'bilateral, a chapter', paths: pairs.map((p) => `/v1/bilateral/${p.a}/${p.b}?commodity=${p.chapter}`) },
      { name: 'growth, a chapter', paths: pairs.map((p) => `/v1/bilateral/${p.a}/${p.b}/growth?commodity=${p.chapter}&from=2010&to=${YEAR}`) },
      { name: 'mirror, a chapter', paths: pairs.map((p) => `/v1/bilateral/${p.a}/${p.b}/mirror?commodity=${p.chapter}&year=${YEAR}`) },
      { name: 'partners, a chapter', paths: pairs.map((p) => `/v1/countries/${p.a}/partners?commodity=${p.chapter}&year=${YEAR}`) },
      { name: 'bilateral, all goods', paths: pairs.map((p) => `/v1/bilateral/${p.a}/${p.b}`) },
      { name: 'partners, all goods', paths: countries.map((c) => `/v1/countries/${c}/partners?year=${YEAR}`) },
      { name: 'group trade, chapter 27', paths: ['/v1/groups/central-asia/trade?commodity=27', '/v1/groups/eu/trade?commodity=27&year=2020'] },
      { name: 'availability of a reporter', paths: countries.map((c) => `/v1/availability?reporter=${c}`) },
      { name: 'flows of a pair, a chapter', paths: pairs.map((p) => `/v1/flows?reporter=${p.a}&partner=${p.b}&commodity=${p.chapter}`) },
    ];
    const results = [];
    const loadBefore = loadavg()[0]!;
    try {
      for (const route of routes) {
        const first: number[] = [];
        for (const path of route.paths) {
          const r = await get(server.url, path);
          if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
          first.push(r.ms);
        }
        const times: number[] = [];
        for (let i = 0; i < SAMPLES; i++) times.push((await get(server.url, route.paths[i % route.paths.length]!)).ms);
        const p50 = median(times);
        results.push({ route: route.name, example: route.paths[0], first: median(first), p50, p95: quantile(times, 0.95), samples: times.length });
        console.log(
          `${route.name.padEnd(36)} p50 ${p50.toFixed(1).padStart(7)} ms  p95 ${quantile(times, 0.95).toFixed(1).padStart(7)} ms  first ${median(first).toFixed(1).padStart(7)} ms${p50 < GOAL_MS ? '' : '  OVER GOAL'}`,
        );
      }
    } finally {
      await server.stop();
      agent.destroy();
    }
    const over = results.filter((r) => r.p50 >= GOAL_MS);
    console.log(
      `product scale: ${rowCount.toLocaleString('en')} rows; ${over.length === 0 ? `every route p50 < ${GOAL_MS} ms` : `over ${GOAL_MS} ms: ${over.map((r) => r.route).join(', ')}`}`,
    );
    mkdirSync(new URL('results/', import.meta.url), { recursive: true });
    const file = new URL(`results/product-scale-${new Date().toISOString().slice(0, 10)}.json`, import.meta.url);
    writeFileSync(file, `${JSON.stringify({ rows: rowCount, loaded, loadAverage: [loadBefore, loadavg()[0]], goalMs: GOAL_MS, routes: results }, null, 2)}\n`);
    console.log(`wrote ${file.pathname}`);
  } finally {
    if (KEEP || given !== undefined) console.log(`database kept: ${scratch.url}`);
    else await scratch.drop();
  }
}

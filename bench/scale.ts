/**
 * Scale (issue 9, "Datasets"): single-client latency of every analytics route at about 1M rows (the
 * IMF 2000-2020 file) and about 3M rows (bench/synthetic.ts: every ISO country against every other,
 * 25 years, both sides' reports), so the cost growth with data is visible. Goal: p50 < 20 ms for
 * every analytics route at 3M rows.
 *
 * Each dataset is loaded into a scratch Postgres database through the real importer (with the demo
 * data) and served by the API as `npm start` runs it (a child process per dataset, all running at
 * once). Route by route, each dataset in turn (the order alternating, so a busy spell on this shared
 * machine falls on both): every request of the route once (the "first answer", reported apart: the
 * group aggregates are memoised per data version, so this is what the first dashboard after an
 * import waits for), then up to SCALE_SAMPLES (200) requests round-robin over the route's requests
 * (many pairs or countries, picked from the data), stopping after SCALE_ROUTE_SECONDS (6) once
 * SCALE_MIN_SAMPLES (5) are in. For each route over the goal, at first or repeated, the queries of
 * a first answer are recorded (a fresh app in this process) and run under EXPLAIN (ANALYZE, BUFFERS). Prints a table per dataset and writes bench/results/scale-<date>.json. The databases
 * are dropped whatever happens, Ctrl-C included. About 6 minutes on 2 cores.
 *
 *   npm run bench -- scale
 *   SCALE_DATASETS=synthetic SCALE_COUNTRIES=60 npm run bench -- scale    # a quick look
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, cpus, loadavg } from 'node:os';
import pg from 'pg';
import { imfScratchDatabase } from './imf-database.js';
import { explainRoutes, type ExplainedQuery, type RouteQueries } from './query-capture.js';
import { type ServerProcess, startServer } from './server-process.js';
import { syntheticScratchDatabase } from './synthetic-database.js';

const MAX_SAMPLES = Number(process.env.SCALE_SAMPLES ?? 200);
const MIN_SAMPLES = Number(process.env.SCALE_MIN_SAMPLES ?? 5);
const ROUTE_SECONDS = Number(process.env.SCALE_ROUTE_SECONDS ?? 6);
const DATASETS = (process.env.SCALE_DATASETS ?? 'imf,synthetic').split(',');
const SYNTHETIC_COUNTRIES = process.env.SCALE_COUNTRIES === undefined ? Infinity : Number(process.env.SCALE_COUNTRIES);
const GOAL_MS = 20;
// Every dataset has these years: the single-year requests rotate over them.
const SINGLE_YEARS = [2016, 2017, 2018, 2019, 2020];
const PARTNER_YEAR = 2020;

type Loaded = { url: string; drop: () => Promise<void>; importSeconds: number | null; generateSeconds: number | null };
type Dataset = { name: string; label: string; load: (signal: AbortSignal) => Promise<Loaded> };

const DATASET_LOADERS: Record<string, Dataset> = {
  imf: {
    name: 'imf',
    label: 'IMF DOTS 2000-2020 file',
    load: async () => ({ ...(await imfScratchDatabase('bench_scale_imf', 'scale')), importSeconds: null, generateSeconds: null }),
  },
  synthetic: {
    name: 'synthetic',
    label: 'synthetic (bench/synthetic.ts)',
    load: (signal) => syntheticScratchDatabase('bench_scale_synthetic', { countries: SYNTHETIC_COUNTRIES }, signal),
  },
};

type Route = { name: string; paths: string[] };
type Timed = {
  name: string;
  example: string;
  requests: number;
  /** Median over the route's requests of each one's first answer (the warm-up): before anything was memoised or prepared. */
  first: number;
  samples: number;
  p50: number;
  p95: number;
  /** The request whose first answer was the slowest: the one whose queries are explained. */
  slowestFirstPath: string;
  slowestFirstMs: number;
};
type Explained = { route: string; path: string; firstMs: number; p50: number; queries: ExplainedQuery[]; repeatReads: number };
type DatasetResult = {
  dataset: string;
  label: string;
  rows: number;
  years: { from: number; to: number };
  loadSeconds: number;
  importSeconds: number | null;
  generateSeconds: number | null;
  /** The machine's 1-minute load average before and after the timing (this machine is shared). */
  loadAverage: [number, number];
  routes: Timed[];
  explained: Explained[];
};

export async function benchScale(): Promise<void> {
  const unknown = DATASETS.filter((d) => !(d in DATASET_LOADERS));
  if (unknown.length > 0) throw new Error(`SCALE_DATASETS: unknown ${unknown.join(', ')}; known: ${Object.keys(DATASET_LOADERS).join(', ')}`);
  const interrupt = new AbortController();
  const onSignal = () => interrupt.abort(new Error('scale bench interrupted'));
  // on, not once: Ctrl-C reaches this process twice (from the terminal and relayed by tsx); a second default handler would exit before the clean-up.
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  const started = performance.now();
  const live: Live[] = [];
  try {
    for (const name of DATASETS) live.push(await loadDataset(DATASET_LOADERS[name]!, interrupt.signal));
    const results = await measure(live, interrupt.signal);
    report(results, (performance.now() - started) / 1000);
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    agent.destroy();
    for (const d of live) await d.server?.stop();
    for (const d of live) await d.loaded.drop();
  }
}

type Live = { dataset: Dataset; loaded: Loaded; loadSeconds: number; facts: Facts; server: ServerProcess | null };

async function loadDataset(dataset: Dataset, signal: AbortSignal): Promise<Live> {
  const loadStarted = performance.now();
  const loaded = await dataset.load(signal);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  try {
    signal.throwIfAborted();
    const facts = await datasetFacts(loaded.url);
    console.log(
      `${dataset.name}: ${facts.rows.toLocaleString('en')} rows, ${facts.years.from}-${facts.years.to}, loaded in ${loadSeconds.toFixed(0)} s` +
        (loaded.importSeconds === null ? '' : ` (generated in ${loaded.generateSeconds!.toFixed(0)} s, imported in ${loaded.importSeconds.toFixed(0)} s)`),
    );
    return { dataset, loaded, loadSeconds, facts, server: null };
  } catch (error) {
    await loaded.drop();
    throw error;
  }
}

/**
 * The API on each dataset at once; route by route, each dataset in turn (the order alternating), so
 * a busy spell on this shared machine falls on both rather than on one dataset's whole table. Then,
 * with the servers stopped, the queries of the routes over the goal.
 */
async function measure(live: Live[], signal: AbortSignal): Promise<DatasetResult[]> {
  // RATE_LIMIT_MAX: one client at hundreds of requests a second, which a rate limit would rightly refuse.
  for (const d of live) d.server = await startServer({ DATABASE_URL: d.loaded.url, RATE_LIMIT_MAX: '10000000' });
  const routes = live.map((d) => routesFor(d.facts));
  const timed: Timed[][] = live.map(() => []);
  const loadBefore = loadavg()[0]!;
  for (let i = 0; i < routes[0]!.length; i++) {
    const order = i % 2 === 0 ? live.map((_, k) => k) : live.map((_, k) => live.length - 1 - k);
    for (const k of order) {
      signal.throwIfAborted();
      timed[k]![i] = await timeRoute(live[k]!.server!.url, routes[k]![i]!, signal);
    }
    const cells = live.map(
      (d, k) =>
        `${d.dataset.name} first ${fmt(timed[k]![i]!.first).padStart(9)} p50 ${fmt(timed[k]![i]!.p50).padStart(9)} p95 ${fmt(timed[k]![i]!.p95).padStart(9)} (${timed[k]![i]!.samples})`,
    );
    console.log(`  ${routes[0]![i]!.name.padEnd(36)} ${cells.join('   ')}`);
  }
  const loadAfter = loadavg()[0]!;
  for (const d of live) {
    await d.server?.stop();
    d.server = null;
  }
  const results: DatasetResult[] = [];
  for (const [k, d] of live.entries()) {
    signal.throwIfAborted();
    // The queries behind the routes over the goal (at first or repeated), from the request with the slowest first answer.
    const slow = timed[k]!.filter((t) => t.name !== '/health (floor)' && (t.p50 > GOAL_MS || t.first > GOAL_MS));
    const plans =
      slow.length > 0
        ? await explainRoutes(
            d.loaded.url,
            slow.map((t) => t.slowestFirstPath),
          )
        : new Map<string, RouteQueries>();
    results.push({
      dataset: d.dataset.name,
      label: d.dataset.label,
      rows: d.facts.rows,
      years: d.facts.years,
      loadSeconds: d.loadSeconds,
      importSeconds: d.loaded.importSeconds,
      generateSeconds: d.loaded.generateSeconds,
      loadAverage: [loadBefore, loadAfter],
      routes: timed[k]!,
      explained: slow.map((t) => ({
        route: t.name,
        path: t.slowestFirstPath,
        firstMs: t.slowestFirstMs,
        p50: t.p50,
        queries: plans.get(t.slowestFirstPath)?.first ?? [],
        repeatReads: plans.get(t.slowestFirstPath)?.repeatReads ?? 0,
      })),
    });
  }
  return results;
}

type Facts = { rows: number; years: { from: number; to: number }; pairs: [string, string][]; countries: string[]; eu: string[]; centralAsia: string[] };

/** Row count, years, and the pairs and countries the requests go to: picked from the data (a fixed pseudo-random order), so each has figures. */
async function datasetFacts(url: string): Promise<Facts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async <T>(text: string, values: unknown[] = []) => (await client.query<T & pg.QueryResultRow>(text, values)).rows;
    const [{ rows }] = (await one<{ rows: string }>(`SELECT count(*)::text AS rows FROM trade_flows`)) as [{ rows: string }];
    const [years] = (await one<{ from: number; to: number }>(
      `SELECT min(year) AS "from", max(year) AS "to" FROM trade_flows WHERE source_id <> 'seed-article'`,
    )) as [{ from: number; to: number }];
    const sampled = await one<{ reporter: string; partner: string }>(
      `SELECT reporter, partner FROM trade_flows
       WHERE year = $1 AND flow = 'export' AND commodity = 'TOTAL' AND source_id <> 'seed-article' AND reporter < partner
       ORDER BY md5(reporter || partner) LIMIT 30`,
      [PARTNER_YEAR],
    );
    const fixedPairs: [string, string][] = [
      ['KAZ', 'UZB'],
      ['USA', 'CHN'],
      ['DEU', 'FRA'],
    ];
    const pairs = [...fixedPairs, ...sampled.map((r): [string, string] => [r.reporter, r.partner])];
    const sampledCountries = await one<{ reporter: string }>(
      `SELECT reporter FROM trade_flows WHERE year = $1 AND commodity = 'TOTAL' AND source_id <> 'seed-article' GROUP BY reporter ORDER BY md5(reporter) LIMIT 25`,
      [PARTNER_YEAR],
    );
    const countries = [...new Set(['DEU', 'USA', 'CHN', 'KAZ', ...sampledCountries.map((r) => r.reporter)])];
    const members = async (group: string) =>
      (
        await one<{ iso3: string }>(
          `SELECT DISTINCT iso3 FROM group_members WHERE group_id = $1 AND (from_year IS NULL OR from_year <= $2) AND (to_year IS NULL OR to_year >= $2) ORDER BY iso3`,
          [group, PARTNER_YEAR],
        )
      ).map((r) => r.iso3);
    return { rows: Number(rows), years, pairs, countries, eu: await members('eu'), centralAsia: await members('central-asia') };
  } finally {
    await client.end();
  }
}

function routesFor(f: Facts): Route[] {
  const { from, to } = f.years;
  const span = `from=${from}&to=${to}`;
  return [
    { name: '/health (floor)', paths: ['/health'] },
    { name: 'countries list', paths: ['/v1/countries'] },
    { name: 'bilateral series (all years)', paths: f.pairs.map(([a, b]) => `/v1/bilateral/${a}/${b}`) },
    { name: 'growth (all years)', paths: f.pairs.map(([a, b]) => `/v1/bilateral/${a}/${b}/growth?${span}`) },
    { name: 'mirror (all years)', paths: f.pairs.map(([a, b]) => `/v1/bilateral/${a}/${b}/mirror`) },
    { name: `partners, ${PARTNER_YEAR}`, paths: f.countries.map((c) => `/v1/countries/${c}/partners?year=${PARTNER_YEAR}`) },
    { name: 'partners, latest year', paths: f.countries.map((c) => `/v1/countries/${c}/partners`) },
    { name: 'partners within EU', paths: f.eu.map((c) => `/v1/countries/${c}/partners?year=${PARTNER_YEAR}&within=eu`) },
    { name: 'partners within Central Asia', paths: f.centralAsia.map((c) => `/v1/countries/${c}/partners?year=${PARTNER_YEAR}&within=central-asia`) },
    { name: 'group trade EU, one year', paths: SINGLE_YEARS.map((y) => `/v1/groups/eu/trade?year=${y}`) },
    { name: 'group trade EU, all years', paths: [`/v1/groups/eu/trade?${span}`] },
    { name: 'group trade Central Asia, one year', paths: SINGLE_YEARS.map((y) => `/v1/groups/central-asia/trade?year=${y}`) },
    { name: 'group trade Central Asia, all years', paths: [`/v1/groups/central-asia/trade?${span}`] },
    { name: 'flows, a pair', paths: f.pairs.flatMap(([a, b]) => [`/v1/flows?reporter=${a}&partner=${b}`, `/v1/flows?reporter=${b}&partner=${a}`]) },
    { name: "flows, a country's first page", paths: f.countries.map((c) => `/v1/flows?reporter=${c}`) },
  ];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

// One connection kept alive, as a dashboard's client would.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * Time to the last byte of the answer as sent, asking for gzip as browsers do. Not fetch: it
 * decompresses as it reads, and for the largest answer (the EU over all years, 140 KB of gzip for
 * 2.2 MB of JSON) that was 10-35 ms of this client's time against 3-4 ms of the server's.
 */
function get(base: string, path: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(base + path, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      res.resume();
      res.on('error', reject);
      res.on('end', () => {
        const ms = performance.now() - started;
        if (res.statusCode !== 200) reject(new Error(`${path} answered ${res.statusCode}`));
        else resolve(ms);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * One client, one request at a time: every request once (its first answer, timed apart), then
 * round-robin until enough samples or time.
 */
async function timeRoute(base: string, route: Route, signal: AbortSignal): Promise<Timed> {
  const firsts: { path: string; ms: number }[] = [];
  for (const path of route.paths) firsts.push({ path, ms: await get(base, path) });
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; times.length < MAX_SAMPLES && (times.length < MIN_SAMPLES || performance.now() - started < ROUTE_SECONDS * 1000); i++) {
    signal.throwIfAborted();
    times.push(await get(base, route.paths[i % route.paths.length]!));
  }
  times.sort((a, b) => a - b);
  const slowestFirst = firsts.reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    name: route.name,
    example: route.paths[0]!,
    requests: route.paths.length,
    first: percentile(
      firsts.map((f) => f.ms).sort((a, b) => a - b),
      50,
    ),
    samples: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    slowestFirstPath: slowestFirst.path,
    slowestFirstMs: slowestFirst.ms,
  };
}

const fmt = (ms: number) => `${ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)} ms`;

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} + uncommitted changes in src/` : head;
  } catch {
    return 'unknown';
  }
}

function report(results: DatasetResult[], elapsedSeconds: number): void {
  const date = new Date().toISOString();
  const machine = { cpus: availableParallelism(), model: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverage: loadavg() };
  const commit = gitCommit();
  console.log(`\n${date.slice(0, 10)}, ${machine.cpus} CPUs (${machine.model}), Node ${machine.node}, commit ${commit}, ${elapsedSeconds.toFixed(0)} s in all`);
  for (const r of results) {
    console.log(
      `\n${r.label}: ${r.rows.toLocaleString('en')} rows, ${r.years.from}-${r.years.to}; load average ${r.loadAverage.map((l) => l.toFixed(1)).join(' → ')}`,
    );
    console.log('| route | requests | first answer (median) | p50 | p95 |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const t of r.routes)
      console.log(
        `| ${t.name} | ${t.requests} | ${fmt(t.first)} | ${fmt(t.p50)}${t.p50 > GOAL_MS && t.name !== '/health (floor)' ? ' (over)' : ''} | ${fmt(t.p95)} |`,
      );
  }
  if (results.length === 2) {
    const [a, b] = results as [DatasetResult, DatasetResult];
    const rows = (r: DatasetResult) => `${(r.rows / 1e6).toFixed(1)}M rows`;
    console.log(`\n| route | ${a.dataset} (${rows(a)}): first | p50 | p95 | ${b.dataset} (${rows(b)}): first | p50 | p95 |`);
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const x of a.routes) {
      const y = b.routes.find((t) => t.name === x.name);
      if (y) console.log(`| ${x.name} | ${fmt(x.first)} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${fmt(y.first)} | ${fmt(y.p50)} | ${fmt(y.p95)} |`);
    }
  }
  for (const r of results) {
    for (const e of r.explained) {
      const total = e.queries.reduce((s, q) => s + q.executionMs, 0);
      console.log(
        `\n== ${r.dataset}: ${e.route}, ${e.path}: first answer ${fmt(e.firstMs)} (route p50 ${fmt(e.p50)}); its ${e.queries.length} reads ${fmt(total)} executing in Postgres; ${e.repeatReads} reads when asked again`,
      );
      for (const q of e.queries) console.log(`  ${fmt(q.executionMs).padStart(9)}  ${q.text.replace(/\s+/g, ' ').slice(0, 140)}`);
      const slowest = e.queries[0];
      if (slowest) console.log(`-- the slowest, parameters ${JSON.stringify(slowest.values)}:\n${slowest.text.trim()}\n${slowest.plan}`);
    }
  }
  const dir = new URL('results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`scale-${date.slice(0, 10)}.json`, dir);
  const settings = { maxSamples: MAX_SAMPLES, minSamples: MIN_SAMPLES, routeSeconds: ROUTE_SECONDS, goalMs: GOAL_MS };
  writeFileSync(file, `${JSON.stringify({ date, machine, commit, elapsedSeconds, settings, results }, null, 2)}\n`);
  console.log(`\nraw figures: ${file.pathname}`);
}

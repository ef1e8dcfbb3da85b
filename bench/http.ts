/**
 * HTTP throughput against a floor (issue 9): the API and a plain implementation of the same contract
 * (bench/floor/server.ts) on the same Postgres database with the full IMF file, side by side, then the
 * API alone on the embedded database (PGlite) with the same data.
 *
 * Before measuring, every request of a scenario is asked of both and the answers must be equal (parsed
 * JSON, deep equality): the floor cannot look fast by doing less; the PGlite answers must equal the
 * Postgres ones. Then each side gets a warm-up and HTTP_ROUNDS (3) interleaved rounds of HTTP_SECONDS
 * (6) at HTTP_CONNECTIONS (50) keep-alive connections, the order alternating from round to round; the
 * medians of the rounds are compared. Prints the tables, writes bench/results/http-<date>.json and
 * the block of docs/benchmarks.md between its markers. HTTP_PGLITE=0 skips the embedded pass.
 *
 *   npm run bench -- http
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { DatabaseCpu } from './database-cpu.js';
import { markdown, type PgliteResult, type Round, type ScenarioResult, type Side, writeIntoDocs } from './http-report.js';
import { SCENARIOS, type Scenario } from './http-scenarios.js';
import { imfPgliteDirectory, imfScratchDatabase } from './imf-database.js';
import { sampleRss } from './rss-sampler.js';
import { cpuSeconds, type ServerProcess, startServer } from './server-process.js';
import { runLoad } from './soak-load.js';

const ROUNDS = Number(process.env.HTTP_ROUNDS ?? 3);
const SECONDS = Number(process.env.HTTP_SECONDS ?? 6);
const WARM_UP_SECONDS = Number(process.env.HTTP_WARMUP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.HTTP_CONNECTIONS ?? 50);
const WITH_PGLITE = process.env.HTTP_PGLITE !== '0';
// One client at thousands of requests a second, which the rate limit would rightly refuse.
const NO_RATE_LIMIT = { RATE_LIMIT_MAX: '10000000' };
const never = new AbortController().signal;

/** The database URL with an application_name, so each side's Postgres backends can be told apart. */
const named = (url: string, name: string) => {
  const u = new URL(url);
  u.searchParams.set('application_name', name);
  return u.toString();
};
const APPLICATION: Record<Side, string> = { floor: 'bench-floor', api: 'bench-api' };

export async function benchHttp(): Promise<void> {
  const started = performance.now();
  const { url, drop } = await imfScratchDatabase('bench_http', 'http');
  const servers: Partial<Record<Side, ServerProcess>> = {};
  const results: ScenarioResult[] = [];
  const pglite: PgliteResult[] = [];
  const pgliteOutcome: { failure?: Error } = {};
  const databaseCpu = await DatabaseCpu.connect(url);
  try {
    servers.api = await startServer({ DATABASE_URL: named(url, APPLICATION.api), ...NO_RATE_LIMIT });
    servers.floor = await startServer({ DATABASE_URL: named(url, APPLICATION.floor) }, 'bench/floor/server.ts');
    const both = servers as Record<Side, ServerProcess>;
    for (const scenario of SCENARIOS) {
      await checkSameAnswers(scenario, both.floor.url, both.api.url, 'the floor', 'the API');
      results.push({ scenario: scenario.name, requests: scenario.paths.length, rounds: await measure(scenario, both, databaseCpu) });
    }
    await servers.floor.stop();
    // The Postgres figures are reported even if the embedded pass fails.
    if (WITH_PGLITE) {
      pglite.push(
        ...(await measurePglite(both.api.url).catch((error: unknown) => {
          pgliteOutcome.failure = error instanceof Error ? error : new Error(String(error));
          return [];
        })),
      );
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    await databaseCpu.close();
    await drop();
  }
  await report(results, pglite, (performance.now() - started) / 1000);
  if (pgliteOutcome.failure) throw pgliteOutcome.failure;
}

/** Every request of the scenario answered 200 by both, with equal bodies. */
async function checkSameAnswers(scenario: Scenario, oneUrl: string, otherUrl: string, one: string, other: string): Promise<void> {
  for (const path of scenario.paths) {
    const [x, y] = await Promise.all([oneUrl, otherUrl].map((base) => fetchPatiently(`${base}${path}`)));
    if (x!.status !== 200 || y!.status !== 200) throw new Error(`${path}: ${one} answered ${x!.status}, ${other} ${y!.status}`);
    const a: unknown = await x!.json();
    const b: unknown = await y!.json();
    if (!isDeepStrictEqual(a, b)) throw new Error(`${path}: ${one}'s answer differs from ${other}'s:\n${firstDifference(a, b)}`);
  }
  console.log(`${scenario.name}: ${one} and ${other} gave equal answers to all ${scenario.paths.length} requests`);
}

/**
 * A 503 with Retry-After is the API shedding load (an event loop still late from the round before,
 * which on PGlite runs the queries on the same thread): asked again after the time it names, as a
 * client should, a few times.
 */
async function fetchPatiently(url: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url);
    const retryAfter = Number(response.headers.get('retry-after'));
    if (response.status !== 503 || !(retryAfter > 0) || attempt === 5) return response;
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
  }
}

function firstDifference(x: unknown, y: unknown, path = '$'): string {
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return `${path}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    const a = (x as Record<string, unknown>)[key];
    const b = (y as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(a, b)) return firstDifference(a, b, `${path}.${key}`);
  }
  return `${path}: equal`;
}

/** One round of load on a server, with its CPU, its database backends' CPU and its RSS. */
async function round(server: ServerProcess, scenario: Scenario, databaseCpu?: { cpu: DatabaseCpu; application: string }) {
  const mix = scenario.paths.map((path) => ({ path }));
  const cpuBefore = cpuSeconds(server.pid);
  const backendsBefore = databaseCpu ? await databaseCpu.cpu.snapshot(databaseCpu.application) : new Map<number, number>();
  const rss = sampleRss(server.pid);
  const { result, failures, errors } = await runLoad(server.url, mix, CONNECTIONS, SECONDS, never);
  rss.stop();
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: [...failures.values()].reduce((s, n) => s + n, 0),
    errors: [...errors.values()].reduce((s, n) => s + n, 0),
    serverCpuSeconds: cpuSeconds(server.pid) - cpuBefore,
    databaseCpuSeconds: databaseCpu ? await databaseCpu.cpu.since(databaseCpu.application, backendsBefore) : 0,
    rssBytes: rss.median(0, Infinity),
  };
}

async function measure(scenario: Scenario, servers: Record<Side, ServerProcess>, cpu: DatabaseCpu): Promise<Round[]> {
  const mix = scenario.paths.map((path) => ({ path }));
  for (const side of ['floor', 'api'] as const) await runLoad(servers[side].url, mix, CONNECTIONS, WARM_UP_SECONDS, never);
  const rounds: Round[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const order: Side[] = i % 2 === 0 ? ['floor', 'api'] : ['api', 'floor'];
    for (const side of order) {
      const figures = await round(servers[side], scenario, { cpu, application: APPLICATION[side] });
      rounds.push({ round: i + 1, side, ...figures });
      console.log(`  ${scenario.name} round ${i + 1} ${side}: ${Math.round(figures.requestsPerSecond)} req/s, p99 ${figures.p99Ms} ms`);
    }
  }
  return rounds;
}

/** The API on a PGlite copy of the same data: answers checked against the Postgres API, then one round per scenario. */
async function measurePglite(postgresApiUrl: string): Promise<PgliteResult[]> {
  const loadStarted = performance.now();
  const { dir, remove } = await imfPgliteDirectory('http');
  console.log(`PGlite: the IMF file and the demo data loaded in ${((performance.now() - loadStarted) / 1000).toFixed(0)} s`);
  let server: ServerProcess | undefined;
  try {
    server = await startServer({ PGLITE_DIR: dir, DEMO_DATA: 'never', ...NO_RATE_LIMIT });
    const results: PgliteResult[] = [];
    for (const scenario of SCENARIOS) {
      await checkSameAnswers(scenario, server.url, postgresApiUrl, 'the API on PGlite', 'the API on Postgres');
      await runLoad(
        server.url,
        scenario.paths.map((path) => ({ path })),
        CONNECTIONS,
        WARM_UP_SECONDS,
        never,
      );
      const figures = await round(server, scenario);
      results.push({
        scenario: scenario.name,
        requestsPerSecond: figures.requestsPerSecond,
        p50Ms: figures.p50Ms,
        p99Ms: figures.p99Ms,
        non2xx: figures.non2xx,
        errors: figures.errors,
        rssBytes: figures.rssBytes,
      });
      console.log(`  ${scenario.name} PGlite: ${Math.round(figures.requestsPerSecond)} req/s, p99 ${figures.p99Ms} ms`);
    }
    return results;
  } finally {
    await server?.stop();
    await remove();
  }
}

async function report(results: ScenarioResult[], pglite: PgliteResult[], elapsedSeconds: number): Promise<void> {
  const machine = { cpus: availableParallelism(), model: cpus()[0]?.model ?? 'unknown', node: process.version };
  const date = new Date().toISOString();
  const setup = {
    date: date.slice(0, 10),
    machine: `${machine.cpus} CPUs (${machine.model}), Node ${machine.node}, Postgres on the same machine`,
    connections: CONNECTIONS,
    rounds: ROUNDS,
    seconds: SECONDS,
    elapsedSeconds,
  };
  const lines = markdown(setup, results, pglite);
  console.log(`\n${lines.join('\n')}`);
  const dir = new URL('results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`http-${setup.date}.json`, dir);
  writeFileSync(
    file,
    `${JSON.stringify({ date, machine, connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, elapsedSeconds, results, pglite }, null, 2)}\n`,
  );
  console.log(`raw figures: ${file.pathname}`);
  const failed = [
    ...results.filter((r) => r.rounds.some((x) => x.non2xx + x.errors > 0)).map((r) => r.scenario),
    ...pglite.filter((p) => p.non2xx + p.errors > 0).map((p) => `${p.scenario} (PGlite)`),
  ];
  if (failed.length > 0) throw new Error(`non-2xx answers or connection errors in: ${failed.join(', ')}`);
  console.log(`docs updated: ${await writeIntoDocs(lines)}`);
}

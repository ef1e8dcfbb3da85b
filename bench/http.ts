/**
 * HTTP throughput against a floor (issue 9): the API and a plain implementation of the same contract
 * (bench/floor-server.ts) on the same Postgres database with the full IMF file, side by side.
 *
 * Before measuring, every request of the mix is asked of both and the answers must be equal (parsed
 * JSON, deep equality): the floor cannot look fast by doing less. Then each side gets a warm-up and
 * HTTP_ROUNDS (3) interleaved rounds of HTTP_SECONDS (10) at HTTP_CONNECTIONS (50) keep-alive
 * connections, the order of the two sides alternating from round to round; the medians of the
 * rounds are compared. Writes bench/results/http-<date>.json.
 *
 *   npm run bench -- http
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { imfScratchDatabase } from './imf-database.js';
import { median } from './scratch-database.js';
import { cpuSeconds, type ServerProcess, startServer } from './server-process.js';
import { runLoad } from './soak-load.js';

const ROUNDS = Number(process.env.HTTP_ROUNDS ?? 3);
const SECONDS = Number(process.env.HTTP_SECONDS ?? 10);
const WARM_UP_SECONDS = Number(process.env.HTTP_WARMUP_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.HTTP_CONNECTIONS ?? 50);

// Pairs that trade in every year of the IMF file, from small (KAZ/UZB) to the largest flows.
const PAIRS = [
  ['KAZ', 'UZB'],
  ['KAZ', 'RUS'],
  ['USA', 'CHN'],
  ['DEU', 'FRA'],
  ['JPN', 'KOR'],
  ['GBR', 'USA'],
  ['IND', 'CHN'],
  ['BRA', 'ARG'],
  ['CAN', 'MEX'],
  ['TUR', 'DEU'],
  ['ITA', 'ESP'],
  ['AUS', 'JPN'],
  ['NLD', 'BEL'],
  ['POL', 'CZE'],
  ['ZAF', 'NGA'],
] as const;

type Scenario = { name: string; paths: string[] };
const SCENARIOS: Scenario[] = [
  { name: 'bilateral', paths: PAIRS.map(([a, b]) => `/v1/bilateral/${a}/${b}?from=2010&to=2020`) },
  // Both directions of each pair, at the default limit (one page).
  { name: 'flows', paths: PAIRS.flatMap(([a, b]) => [`/v1/flows?reporter=${a}&partner=${b}`, `/v1/flows?reporter=${b}&partner=${a}`]) },
];

type Side = 'floor' | 'api';
type Round = { round: number; side: Side; requestsPerSecond: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number; serverCpuSeconds: number };

export async function benchHttp(): Promise<void> {
  const { url, drop } = await imfScratchDatabase('bench_http', 'http');
  const servers: Partial<Record<Side, ServerProcess>> = {};
  try {
    // RATE_LIMIT_MAX: one client at thousands of requests a second, which a rate limit would rightly refuse.
    servers.api = await startServer({ DATABASE_URL: url, RATE_LIMIT_MAX: '10000000' });
    servers.floor = await startServer({ DATABASE_URL: url }, 'bench/floor-server.ts');
    const results = [];
    for (const scenario of SCENARIOS) {
      await checkSameAnswers(scenario, servers.floor.url, servers.api.url);
      results.push({ scenario: scenario.name, requests: scenario.paths.length, rounds: await measure(scenario, servers as Record<Side, ServerProcess>) });
    }
    report(results);
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    await drop();
  }
}

/** Every request of the scenario answered 200 by both sides, with equal bodies. */
async function checkSameAnswers(scenario: Scenario, floorUrl: string, apiUrl: string): Promise<void> {
  for (const path of scenario.paths) {
    const [floor, api] = await Promise.all([floorUrl, apiUrl].map((base) => fetch(`${base}${path}`)));
    if (floor!.status !== 200 || api!.status !== 200) throw new Error(`${path}: floor answered ${floor!.status}, the API ${api!.status}`);
    const f: unknown = await floor!.json();
    const a: unknown = await api!.json();
    if (!isDeepStrictEqual(f, a)) throw new Error(`${path}: the floor's answer differs from the API's:\n${firstDifference(f, a)}`);
  }
  console.log(`${scenario.name}: the floor and the API gave equal answers to all ${scenario.paths.length} requests`);
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

async function measure(scenario: Scenario, servers: Record<Side, ServerProcess>): Promise<Round[]> {
  const mix = scenario.paths.map((path) => ({ path }));
  const never = new AbortController().signal;
  for (const side of ['floor', 'api'] as const) await runLoad(servers[side].url, mix, CONNECTIONS, WARM_UP_SECONDS, never);
  const rounds: Round[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const order: Side[] = i % 2 === 0 ? ['floor', 'api'] : ['api', 'floor'];
    for (const side of order) {
      const cpuBefore = cpuSeconds(servers[side].pid);
      const { result, failures, errors } = await runLoad(servers[side].url, mix, CONNECTIONS, SECONDS, never);
      rounds.push({
        round: i + 1,
        side,
        requestsPerSecond: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        non2xx: [...failures.values()].reduce((s, n) => s + n, 0),
        errors: [...errors.values()].reduce((s, n) => s + n, 0),
        serverCpuSeconds: cpuSeconds(servers[side].pid) - cpuBefore,
      });
      console.log(`  round ${i + 1} ${side}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`);
    }
  }
  return rounds;
}

function report(results: { scenario: string; requests: number; rounds: Round[] }[]): void {
  const rows = results.map(({ scenario, rounds }) => {
    const of = (side: Side, f: (r: Round) => number) => median(rounds.filter((r) => r.side === side).map(f));
    const floor = { rps: of('floor', (r) => r.requestsPerSecond), p99: of('floor', (r) => r.p99Ms), cpu: of('floor', (r) => r.serverCpuSeconds) };
    const api = { rps: of('api', (r) => r.requestsPerSecond), p99: of('api', (r) => r.p99Ms), cpu: of('api', (r) => r.serverCpuSeconds) };
    const failed = rounds.reduce((s, r) => s + r.non2xx + r.errors, 0);
    // Round by round (the two sides measured back to back), and in server CPU per answer: steadier
    // figures than throughput alone on a shared machine whose speed drifts between rounds.
    const rpsOf = (round: number, side: Side) => rounds.find((r) => r.round === round && r.side === side)!.requestsPerSecond;
    const pairedRatios = [...new Set(rounds.map((r) => r.round))].map((round) => rpsOf(round, 'api') / rpsOf(round, 'floor'));
    const cpuMsPerAnswer = (side: Side) => of(side, (r) => (r.serverCpuSeconds * 1000) / (r.requestsPerSecond * SECONDS));
    return {
      scenario,
      floor,
      api,
      ratio: api.rps / floor.rps,
      pairedRatio: median(pairedRatios),
      p99Ratio: api.p99 / floor.p99,
      cpuMs: { floor: cpuMsPerAnswer('floor'), api: cpuMsPerAnswer('api') },
      failed,
    };
  });
  console.log(
    `\n${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s per side (medians); ${availableParallelism()} CPUs, load ${loadavg()[0]!.toFixed(2)}`,
  );
  console.log(
    '| scenario | floor req/s | API req/s | API/floor | API/floor by round | floor p99 | API p99 | p99 API/floor | server CPU ms per answer (floor, API) | failed |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.scenario} | ${Math.round(r.floor.rps)} | ${Math.round(r.api.rps)} | ${r.ratio.toFixed(2)} | ${r.pairedRatio.toFixed(2)} | ${r.floor.p99} ms | ${r.api.p99} ms | ${r.p99Ratio.toFixed(2)}x | ${r.cpuMs.floor.toFixed(2)}, ${r.cpuMs.api.toFixed(2)} | ${r.failed} |`,
    );
  }
  const dir = new URL('results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`http-${new Date().toISOString().slice(0, 10)}.json`, dir);
  const machine = { cpus: availableParallelism(), model: cpus()[0]?.model ?? 'unknown', node: process.version };
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine, connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, results }, null, 2)}\n`,
  );
  console.log(`raw figures: ${file.pathname}`);
  const failed = rows.filter((r) => r.failed > 0);
  if (failed.length > 0) throw new Error(`non-2xx answers or connection errors in: ${failed.map((r) => r.scenario).join(', ')}`);
}

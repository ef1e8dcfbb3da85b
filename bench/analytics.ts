/**
 * Analytics latency: single-client p50/p95 of each analytics endpoint over HTTP, on Postgres with
 * the full IMF 2000-2020 file loaded, against GET /health in the same run (the floor: HTTP and
 * Fastify without any query). Goal: p50 <= 20 ms each.
 *
 *   npm run bench -- analytics
 */
import { buildApp } from '../src/build-app.js';
import { parseConfig } from '../src/config.js';
import { imfScratchDatabase } from './imf-database.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARM_UP = 20;

const ENDPOINTS = [
  '/health',
  '/v1/bilateral/KAZ/UZB?from=2017&to=2020',
  '/v1/bilateral/KAZ/UZB/growth?from=2017&to=2020',
  '/v1/bilateral/KAZ/UZB/mirror?from=2017&to=2020',
  '/v1/countries/KAZ/partners?year=2020&within=central-asia',
  '/v1/countries/DEU/partners?year=2020',
  '/v1/groups/central-asia/trade?year=2020',
  '/v1/groups/eu/trade?year=2020',
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

export async function benchAnalytics(): Promise<void> {
  const { url, drop } = await imfScratchDatabase('bench_analytics', 'analytics');
  try {
    // One client at hundreds of requests a minute: the rate limit (issue 8) would answer 429 by default.
    const app = await buildApp({
      config: { ...parseConfig({ RATE_LIMIT_MAX: '10000000' }), database: { kind: 'postgres', url, poolSize: 4 }, logLevel: 'silent' },
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const results: { path: string; p50: number; p95: number }[] = [];
      for (const path of ENDPOINTS) {
        const times: number[] = [];
        for (let i = 0; i < WARM_UP + REQUESTS; i++) {
          const started = performance.now();
          const res = await fetch(address + path);
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
          if (i >= WARM_UP) times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        results.push({ path, p50: percentile(times, 50), p95: percentile(times, 95) });
      }
      const floor = results[0]!.p50;
      for (const r of results) {
        console.log(
          `${r.path.padEnd(60)} p50 ${r.p50.toFixed(2).padStart(7)} ms  p95 ${r.p95.toFixed(2).padStart(7)} ms  (${(r.p50 / floor).toFixed(1)}x /health)${r.p50 > 20 ? '  over the 20 ms goal' : ''}`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    await drop();
  }
}

/**
 * Soak: SOAK_CONNECTIONS (100) keep-alive connections for SOAK_SECONDS (60) over every read route,
 * against the server (`npm start`) in a process of its own on Postgres with the full IMF file and the demo
 * data loaded. Passes with no connection error, no timeout, only 2xx answers and the server's RSS
 * grown by less than 10% from the start of the soak, after a SOAK_WARMUP_SECONDS (30) warm-up under
 * the same load (JIT, caches, pool and heap at their working size), to its end: the median RSS over
 * the soak's first 20 s against that over its last 20 s.
 *
 *   npm run bench -- soak
 */
import { availableParallelism, loadavg } from 'node:os';
import { megabytes, sampleRss } from './rss-sampler.js';
import { imfScratchDatabase } from './imf-database.js';
import { cpuSeconds, type ServerProcess, startServer } from './server-process.js';
import { type LoadResult, runLoad } from './soak-load.js';
import { checkRequests, soakRequests } from './soak-requests.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
// 30 s, not 10: on a busy machine (~110 requests/s) 10 s left the heap still growing to its working size and
// three 60 s soaks in a row "grew" 13-17%, while a 300 s soak in the same conditions levelled off (2.8%).
const WARM_UP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 100);
const RSS_GROWTH_LIMIT = 0.1;
/**
 * Seconds of samples in each RSS figure (the soak's first and last). Under this load the server's RSS
 * climbs ~10 MB/s and drops 60-90 MB at each major GC, one cycle every 10-20 s: a figure over a
 * shorter span mostly says where in the cycle it fell.
 */
const RSS_SPAN = 20;

export async function benchSoak(): Promise<void> {
  // Ctrl-C stops the load; the finally blocks below still stop the server and drop the database.
  const interrupt = new AbortController();
  const onSignal = () => interrupt.abort();
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  const stillWanted = () => {
    if (interrupt.signal.aborted) throw new Error('soak interrupted');
  };

  const { url, drop } = await imfScratchDatabase('bench_soak', 'soak');
  let server: ServerProcess | null = null;
  try {
    stillWanted();
    // RATE_LIMIT_MAX: the soak is one client at thousands of requests a minute, which a rate limit would rightly refuse.
    server = await startServer({ DATABASE_URL: url, RATE_LIMIT_MAX: '10000000' });
    const mix = await soakRequests(server.url);
    await checkRequests(server.url, mix);
    stillWanted();
    console.log(`${mix.length} requests over every read route; ${WARM_UP_SECONDS} s warm-up, then ${SECONDS} s, at ${CONNECTIONS} connections`);

    const rss = sampleRss(server.pid);
    try {
      const warmUp = await runLoad(server.url, mix, CONNECTIONS, WARM_UP_SECONDS, interrupt.signal);
      const warmedAt = rss.now();
      stillWanted();
      const loadBefore = loadavg()[0]!;
      const cpuBefore = cpuOf(server);
      const soak = await runLoad(server.url, mix, CONNECTIONS, SECONDS, interrupt.signal);
      const serverCpu = cpuOf(server) - cpuBefore;
      const endedAt = rss.now();
      const baseline = rss.median(warmedAt, warmedAt + RSS_SPAN);
      const final = rss.median(endedAt - RSS_SPAN, endedAt);
      const peak = Math.max(...rss.samples.map((s) => s.bytes));
      stillWanted();
      const trace = rss.samples.filter((_, i) => i % 5 === 0).map((s) => s.bytes);
      report(soak, server, { serverCpu, load: [loadBefore, loadavg()[0]!], baseline, final, peak, trace });
      judge([warmUp, soak], server, (final - baseline) / baseline);
    } finally {
      rss.stop();
    }
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    await server?.stop();
    await drop();
  }
}

/** NaN once the process is gone: its crash is reported by judge(), not as a failure to read /proc. */
function cpuOf(server: ServerProcess): number {
  try {
    return cpuSeconds(server.pid);
  } catch {
    return NaN;
  }
}

type Figures = { serverCpu: number; load: number[]; baseline: number; final: number; peak: number; trace: number[] };

function report(soak: LoadResult, server: ServerProcess, { serverCpu, load, ...rss }: Figures): void {
  const r = soak.result;
  const statuses = Object.entries(r.statusCodeStats ?? {})
    .map(([status, { count }]) => `${status} x${count}`)
    .join(', ');
  console.log(
    `soak: ${r.requests.total} requests in ${r.duration} s (${Math.round(r.requests.total / r.duration)}/s); statuses ${statuses}; ` +
      `non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`,
  );
  console.log(`latency: p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`);
  const growth = (rss.final - rss.baseline) / rss.baseline;
  console.log(
    `RSS (medians): ${megabytes(rss.baseline)} over the soak's first ${RSS_SPAN} s, ${megabytes(rss.final)} over its last ${RSS_SPAN} s: ` +
      `growth ${(growth * 100).toFixed(1)}% (limit < ${RSS_GROWTH_LIMIT * 100}%), ` +
      `peak ${megabytes(rss.peak)}; every 5 s: ${rss.trace.map((b) => (b / 1024 / 1024).toFixed(0)).join(' ')} MB`,
  );
  // Whether the server's one thread or the rest of the machine (Postgres, the load generator) is the limit.
  // On a shared machine the figures mean little without how busy it was (the load average counts every process, the soak's too).
  console.log(
    `server CPU: ${serverCpu.toFixed(1)} s in ${r.duration} s (${Math.round((serverCpu / r.duration) * 100)}% of one core); ` +
      `machine load average (1 min) ${load.map((l) => l.toFixed(1)).join(' -> ')} on ${availableParallelism()} cores`,
  );
  const slowest = [...soak.byPath].map(([path, { count, totalMs }]) => ({ path, count, mean: totalMs / count })).sort((a, b) => b.mean - a.mean);
  console.log(
    `slowest requests (mean latency, answers):\n${slowest
      .slice(0, 5)
      .map((p) => `    ${p.mean.toFixed(0).padStart(5)} ms  x${p.count}  ${p.path}`)
      .join('\n')}`,
  );
  console.log(`server log lines at warn or above: ${server.logLineCount}`);
}

/** Throws with everything needed to find the cause: which request failed how, the errors' codes, the server's own log. */
function judge(runs: LoadResult[], server: ServerProcess, growth: number): void {
  const problems: string[] = [];
  if (server.exit) problems.push(`the server exited during the soak: ${JSON.stringify(server.exit)}`);
  for (const [phase, run] of runs.map((run, i) => [i === 0 ? 'warm-up' : 'soak', run] as const)) {
    const { result, failures, errors } = run;
    if (result.errors > 0 || result.timeouts > 0) {
      problems.push(`${phase}: ${result.errors} errors, ${result.timeouts} timeouts: ${[...errors].map(([code, n]) => `${code} x${n}`).join(', ')}`);
    }
    if (result.non2xx > 0) {
      const worst = [...failures].sort((a, b) => b[1] - a[1]).slice(0, 15);
      problems.push(`${phase}: ${result.non2xx} non-2xx answers, most frequent:\n${worst.map(([what, n]) => `    ${what} x${n}`).join('\n')}`);
    }
  }
  if (Number.isNaN(growth)) problems.push('no RSS figure: the server was gone');
  if (growth >= RSS_GROWTH_LIMIT) problems.push(`RSS grew ${(growth * 100).toFixed(1)}% (limit < ${RSS_GROWTH_LIMIT * 100}%)`);
  if (problems.length === 0) return;
  const log = server.logLines.slice(0, 20).join('\n');
  throw new Error(`soak failed:\n  ${problems.join('\n  ')}\nserver log (first 20 of ${server.logLineCount} lines):\n${log}`);
}

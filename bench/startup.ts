/**
 * Start-up (issue 9: first answer within 2 s on Postgres): the time from spawning the server to its
 * first 200 on a data route, polled every 20 ms, on a Postgres database already migrated (a restart,
 * what a deploy or a crash recovery waits for) and on a new one. `npm start` (src/start.mjs: esbuild
 * bundle, then run) against the sources through tsx, alternating, STARTUP_RUNS (5) times each;
 * medians.
 *
 *   npm run bench -- startup
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, scratchDatabase } from './scratch-database.js';
import { freePort } from './server-process.js';

const RUNS = Number(process.env.STARTUP_RUNS ?? 5);
const REPO = fileURLToPath(new URL('..', import.meta.url));
const WAYS = { 'npm start (bundle)': ['src/start.mjs'], 'tsx src/server.ts': ['--import', 'tsx', 'src/server.ts'] } as const;
type Way = keyof typeof WAYS;

/** Milliseconds from spawn to the first 200 on /v1/countries/KAZ; the process is stopped after. */
async function firstAnswer(way: Way, url: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, WAYS[way], {
    cwd: REPO,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${way} exited with ${child.exitCode} before answering`);
      const status = await fetch(`http://127.0.0.1:${port}/v1/countries/KAZ`).then(
        async (r) => (await r.arrayBuffer(), r.status),
        () => 0,
      );
      if (status === 200) return performance.now() - started;
      if (performance.now() - started > 60_000) throw new Error(`${way} did not answer within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

export async function benchStartup(): Promise<void> {
  const times: Record<string, number[]> = {};
  const record = (key: string, ms: number) => (times[key] ??= []).push(ms);
  for (let run = 0; run < RUNS; run++) {
    for (const way of Object.keys(WAYS) as Way[]) {
      const fresh = await scratchDatabase('bench_startup');
      try {
        record(`${way}, new database`, await firstAnswer(way, fresh.url));
        record(`${way}, restart`, await firstAnswer(way, fresh.url));
      } finally {
        await fresh.drop();
      }
    }
  }
  console.log(`\nTime to the first 200 on Postgres, ${RUNS} runs each (median, range):`);
  console.log('| start | median | range |\n| --- | --- | --- |');
  for (const [key, values] of Object.entries(times)) {
    console.log(
      `| ${key} | ${(median(values) / 1000).toFixed(2)} s | ${(Math.min(...values) / 1000).toFixed(2)}-${(Math.max(...values) / 1000).toFixed(2)} s |`,
    );
  }
}

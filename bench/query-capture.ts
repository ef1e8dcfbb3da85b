import pg from 'pg';
import { buildApp } from '../src/build-app.js';
import { parseConfig } from '../src/config.js';

export type CapturedQuery = { text: string; values: unknown[] };

export type ExplainedQuery = CapturedQuery & { executionMs: number; planningMs: number; plan: string };

type QueryFn = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Records the text and parameters of every query node-postgres sends while it is on, from any pool
 * in this process (it wraps pg.Client.prototype.query, which every pooled client goes through:
 * drizzle's prepared statements included). COPY streams and other submittables pass untouched.
 */
function recordQueries(): { captured: CapturedQuery[]; restore: () => void } {
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  const captured: CapturedQuery[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [config, values] = args;
    if (typeof config === 'string') captured.push({ text: config, values: Array.isArray(values) ? values : [] });
    else if (typeof config === 'object' && config !== null && !('submit' in config) && 'text' in config && typeof config.text === 'string') {
      const own = 'values' in config && Array.isArray(config.values) ? (config.values as unknown[]) : [];
      captured.push({ text: config.text, values: Array.isArray(values) ? values : own });
    }
    return original.apply(this, args);
  };
  return { captured, restore: () => (proto.query = original) };
}

const isRead = (text: string) => /^\s*(select|with)\b/i.test(text);

export type RouteQueries = {
  /** The first answer's reads (a fresh app: nothing memoised yet), each explained, slowest first. */
  first: ExplainedQuery[];
  /** How many reads the same request ran when asked again right after (memoised results skip theirs). */
  repeatReads: number;
};

/**
 * The queries the API runs to answer each of `paths`: the app in this process, on `url` and fresh
 * for each path, answers it twice with the queries recorded. The first answer's reads are each run
 * under EXPLAIN (ANALYZE, BUFFERS) twice with their own parameters, and the second run's plan kept.
 */
export async function explainRoutes(url: string, paths: string[]): Promise<Map<string, RouteQueries>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const explained = new Map<string, RouteQueries>();
  try {
    for (const path of paths) {
      const [first, repeat] = await recordAnswers(url, path);
      const queries: ExplainedQuery[] = [];
      for (const q of first) {
        const explain = `EXPLAIN (ANALYZE, BUFFERS) ${q.text}`;
        await client.query(explain, q.values);
        const lines = (await client.query<{ 'QUERY PLAN': string }>(explain, q.values)).rows.map((r) => r['QUERY PLAN']);
        const ms = (label: string) => Number(new RegExp(`^${label}: ([\\d.]+) ms`).exec(lines.find((l) => l.startsWith(label)) ?? '')?.[1] ?? NaN);
        queries.push({ ...q, executionMs: ms('Execution Time'), planningMs: ms('Planning Time'), plan: lines.join('\n') });
      }
      explained.set(path, { first: queries.sort((a, b) => b.executionMs - a.executionMs), repeatReads: repeat.length });
    }
  } finally {
    await client.end();
  }
  return explained;
}

/** The reads of a fresh app's first answer to `path`, and of its second. */
async function recordAnswers(url: string, path: string): Promise<[CapturedQuery[], CapturedQuery[]]> {
  const app = await buildApp({
    config: { ...parseConfig({ RATE_LIMIT_MAX: '10000000' }), database: { kind: 'postgres', url, poolSize: 2 }, logLevel: 'silent' },
  });
  try {
    const answers: CapturedQuery[][] = [];
    for (let i = 0; i < 2; i++) {
      const recording = recordQueries();
      let status: number;
      try {
        status = (await app.inject({ method: 'GET', url: path })).statusCode;
      } finally {
        recording.restore();
      }
      if (status !== 200) throw new Error(`${path} answered ${status} in process`);
      answers.push(recording.captured.filter((c) => isRead(c.text)));
    }
    return [answers[0]!, answers[1]!];
  } finally {
    await app.close();
  }
}

import autocannon from 'autocannon';
import type { SoakRequest } from './soak-requests.js';

export type LoadResult = {
  result: autocannon.Result;
  /** Non-2xx answers by request path and status, e.g. "/v1/groups/eu/trade?year=2020 503" -> 12. */
  failures: Map<string, number>;
  /** Connection errors and timeouts by their code or message. */
  errors: Map<string, number>;
  /** Answers and their summed latency (ms) by request path: which routes the time goes to. */
  byPath: Map<string, { count: number; totalMs: number }>;
};

type Context = { path?: string; sentAt?: number };

const REQUEST_TIMEOUT_SECONDS = 10;

/** A fixed shuffle (small LCG): a varied mix at any instant, and the same one on every run. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 42;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * `connections` keep-alive connections for `seconds`, each taking the next request of the shared
 * round-robin, so every route gets an equal share however fast each one answers.
 * `stop` ends the run early (an interrupt); its result still counts what happened.
 */
export function runLoad(url: string, mix: SoakRequest[], connections: number, seconds: number, signal: AbortSignal): Promise<LoadResult> {
  const order = shuffled(mix);
  let next = 0;
  const failures = new Map<string, number>();
  const errors = new Map<string, number>();
  const byPath = new Map<string, { count: number; totalMs: number }>();
  return new Promise((resolve, reject) => {
    // Declared first: autocannon calls back synchronously when it refuses its options.
    const stop = () => instance.stop();
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: REQUEST_TIMEOUT_SECONDS,
        requests: [
          {
            // The context lives per connection and, without pipelining, holds the request now in flight.
            // autocannon builds each request just before it writes it, so sentAt is the send time give or take a tick.
            setupRequest: (request, context: Context) => {
              const chosen = order[next++ % order.length]!;
              context.path = chosen.path;
              context.sentAt = performance.now();
              return { ...request, method: 'GET', path: chosen.path, headers: chosen.csv ? { accept: 'text/csv' } : {} };
            },
            onResponse: (status, _body, context: Context) => {
              if (status < 200 || status > 299) bump(failures, `${context.path} ${status}`);
              const seen = byPath.get(context.path!) ?? { count: 0, totalMs: 0 };
              seen.count++;
              seen.totalMs += performance.now() - context.sentAt!;
              byPath.set(context.path!, seen);
            },
          },
        ],
      },
      (err: unknown, result) => {
        signal.removeEventListener('abort', stop);
        if (err) reject(err instanceof Error ? err : new Error('autocannon failed', { cause: err }));
        else resolve({ result, failures, errors, byPath });
      },
    );
    instance.on('reqError', (err: NodeJS.ErrnoException) => bump(errors, err.code ?? err.message));
    signal.addEventListener('abort', stop, { once: true });
  });
}

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type Metrics = {
  registry: Registry;
  rateLimited: Counter;
  imports: Counter<'outcome'>;
};

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

/** How an import request ended, by its status: what an operator alerts on. */
function importOutcome(status: number): string {
  if (status < 300) return 'completed';
  if (status === 422) return 'rejected_rows';
  if (status < 500) return 'refused';
  return 'failed';
}

/**
 * The request id on every answer (X-Request-Id; Fastify puts it in every log line as reqId), and
 * Prometheus metrics: requests and latency per route, the database pool, imports by outcome and
 * rate-limit rejections. Each app has its own registry, so tests and several apps in one process
 * do not share counts.
 */
export default fp(
  async function observability(app: FastifyInstance) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const labelNames = ['method', 'route', 'status'] as const;
    const latency = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer, by route template and status',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
      registers: [registry],
    });
    // The histogram counts every answer already (its _count): the counter is read from it when
    // scraped, so a request updates one series, not two. prom-client finds a series by hashing its
    // labels, which was 2-3% of the server's CPU on the cheapest routes (bench/http profiles).
    new Counter({
      name: 'http_requests_total',
      help: 'Requests answered, by route template and status',
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        for (const { metricName, labels, value } of (await latency.get()).values) {
          if (metricName === 'http_request_duration_seconds_count') this.inc(labels as Record<(typeof labelNames)[number], string>, value);
        }
      },
    });
    const imports = new Counter({ name: 'imports_total', help: 'Import requests by outcome', labelNames: ['outcome'], registers: [registry] });
    const rateLimited = new Counter({ name: 'rate_limit_rejections_total', help: 'Requests answered 429', registers: [registry] });
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database connections by state (Postgres pool; the embedded database has one, always in use)',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const handle = app.dbHandle;
        if (handle.kind === 'postgres') {
          const pool = handle.client;
          this.set({ state: 'total' }, pool.totalCount);
          this.set({ state: 'idle' }, pool.idleCount);
          this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
          this.set({ state: 'waiting' }, pool.waitingCount);
        } else {
          this.set({ state: 'total' }, 1);
        }
      },
    });
    app.decorate('metrics', { registry, rateLimited, imports });

    // Callback hooks, not async ones: they run on every request, and an async hook costs a promise each time.
    app.addHook('onRequest', (request, reply, done) => {
      reply.header('X-Request-Id', request.id);
      done();
    });
    app.addHook('onResponse', (request, reply, done) => {
      // The route template (/v1/countries/:code), not the URL: one series per route, not per country.
      const route = request.routeOptions.url ?? 'unmatched';
      latency.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
      if (route === '/v1/imports' && request.method === 'POST') imports.inc({ outcome: importOutcome(reply.statusCode) });
      done();
    });
  },
  { name: 'observability' },
);

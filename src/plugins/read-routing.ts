import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Counter } from 'prom-client';
import { openReplicas } from '../db/client.js';
import { DataVersion } from '../services/data-version.js';
import { ReadRouting, type ReadTarget } from '../services/read-routing.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The primary's data version: an import through this instance invalidates it. */
    dataVersion: DataVersion;
    /** With DATABASE_READ_URL: which database each read goes to; null without replicas. */
    readRouting: ReadRouting | null;
  }
  interface FastifyRequest {
    /** The database (and its data version) this request reads from: a replica or the primary. Routes pass it to answers as their context. */
    reads: ReadTarget;
    /** The replica or primary chosen for this read; null before the choice, and for anything but a data read. */
    readTarget: ReadTarget | null;
  }
}

/** The reads a replica may answer: GET and HEAD of a /v1 route (unmatched URLs have no routeOptions.url and read nothing). */
export const isDataRead = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') && request.url.startsWith('/v1/') && request.routeOptions.url !== undefined;

/**
 * Chooses, once per data read and before the ETag is computed, the database the request reads
 * from (services/read-routing.ts has the rule), so the ETag names the version of the data the
 * answer comes from. Everything else (imports, API keys, migrations, /ready, the CLI) uses the
 * primary. Without DATABASE_READ_URL no hook is added: `request.reads` is the primary.
 */
export default fp(
  async function readRouting(app: FastifyInstance) {
    const primary: ReadTarget = { name: 'primary', db: app.db, countries: app.countries, version: new DataVersion(app.db) };
    app.decorate('dataVersion', primary.version);
    app.decorateRequest('readTarget', null);
    app.decorateRequest('reads', {
      getter(this: FastifyRequest) {
        return this.readTarget ?? primary;
      },
    });

    const replicas = openReplicas(app.config.database);
    const routing = replicas.length === 0 ? null : new ReadRouting(primary, replicas, app.log);
    app.decorate('readRouting', routing);
    if (routing === null) return;
    app.addHook('onClose', async () => {
      await Promise.all(replicas.map((r) => r.close()));
    });
    const reads = new Counter({
      name: 'db_reads_total',
      help: 'Data reads by the database that answered (primary, replica-N) and why there',
      labelNames: ['target', 'reason'],
      registers: [app.metrics.registry],
    });

    app.addHook('preHandler', async (request) => {
      if (!isDataRead(request)) return;
      const { target, reason } = await routing.choose();
      request.readTarget = target;
      reads.inc({ target: target.name, reason });
    });
    // A replica that failed under a request (it answers 503): later reads go elsewhere for a while.
    app.addHook('onError', async (request, _reply, error) => {
      if (request.readTarget !== null) routing.readFailed(request.readTarget, error);
    });
  },
  { name: 'read-routing', dependencies: ['database', 'countries', 'observability'] },
);

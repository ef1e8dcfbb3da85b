import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { FORMATS, MEDIA_TYPES } from '../http/tables.js';
import { orList } from '../domain.js';
import { ProblemError } from '../problem.js';

const TABLES = FORMATS.map((f) => MEDIA_TYPES[f]);

/** What a /v1 route answers in: JSON always, CSV and NDJSON where its query takes `format`. */
function mediaTypes(request: FastifyRequest): string[] {
  const query = (request.routeOptions.schema?.querystring as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
  return 'format' in query ? TABLES : ['application/json'];
}

/**
 * A client whose Accept admits none of a route's media types (Accept: application/xml) gets a 406
 * problem naming those it could have, instead of JSON it said it cannot read. Browsers and tools
 * send * / * and are never refused. The problem itself comes as problem+json, as RFC 9110 allows.
 */
export default fp(
  async function contentNegotiation(app: FastifyInstance) {
    // preValidation: after the rate limit (a route-level onRequest hook), so refusals count too.
    // A callback hook, not an async one: it runs on every request, and nearly always has nothing to do.
    app.addHook('preValidation', (request, _reply, done) => {
      if (!request.url.startsWith('/v1/') || request.headers.accept === undefined) return done();
      const offered = mediaTypes(request);
      if (request.accepts().type(offered) === false) {
        return done(
          new ProblemError(
            'notAcceptable',
            `This route answers in ${orList(offered)}; the Accept header (${request.headers.accept.slice(0, 100)}) admits ${offered.length > 1 ? 'none of them' : 'neither'}.`,
            {
              errors: [{ in: 'header', name: 'Accept', message: `must admit ${orList(offered)}` }],
            },
          ),
        );
      }
      done();
    });
  },
  { name: 'content-negotiation', dependencies: ['@fastify/accepts'] },
);

import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError } from '../problem.js';

/** What a /v1 route answers in: JSON always, CSV where its query takes `format`. */
function mediaTypes(request: FastifyRequest): string[] {
  const query = (request.routeOptions.schema?.querystring as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
  return 'format' in query ? ['application/json', 'text/csv'] : ['application/json'];
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
            `This route answers in ${offered.join(' or ')}; the Accept header (${request.headers.accept.slice(0, 100)}) admits neither.`,
            {
              errors: [{ in: 'header', name: 'Accept', message: `must admit ${offered.join(' or ')}` }],
            },
          ),
        );
      }
      done();
    });
  },
  { name: 'content-negotiation', dependencies: ['@fastify/accepts'] },
);

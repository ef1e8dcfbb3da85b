import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError, RETRY_AFTER_SECONDS } from '../problem.js';

/**
 * The HTTP side of a graceful shutdown (server.ts starts it on SIGTERM/SIGINT with close()). A
 * request arriving on a kept-alive socket once closing has begun is answered 503 problem+json with
 * Retry-After (Fastify's own 503 is neither). Node closes the sockets idle when close() begins, not
 * those busy then: each would outlive its answer and hold the shutdown for HTTP_KEEP_ALIVE_TIMEOUT_MS.
 * So once closing, answers say Connection: close, and each answer reaps the sockets left idle.
 */
export default fp(
  async function shutdown(app: FastifyInstance) {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    // Callback hooks, not async ones: they run on every request, and an async hook costs a promise each time.
    app.addHook('onRequest', (_request, _reply, done) => {
      done(closing ? new ProblemError('unavailable', `The server is shutting down; try again in ${RETRY_AFTER_SECONDS} s.`) : undefined);
    });
    app.addHook('onSend', (_request, reply, payload, done) => {
      if (closing) reply.header('Connection', 'close');
      done(null, payload);
    });
    app.addHook('onResponse', (_request, _reply, done) => {
      if (closing) app.server.closeIdleConnections();
      done();
    });
  },
  { name: 'shutdown' },
);

import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError } from '../problem.js';

// Sooner than a database outage's: load passes in moments (the error handler keeps a header set here).
const RETRY_AFTER_SECONDS = 2;

/**
 * When the event loop falls behind by more than MAX_EVENT_LOOP_DELAY_MS, new requests are answered
 * 503 with Retry-After at once instead of queueing behind the backlog; requests already running
 * finish. An interval in which the loop never ran at all counts as overloaded too: on the embedded
 * database a large import holds the loop for seconds. /health stays answerable: a busy process is alive, and an orchestrator that restarts it
 * for being busy only loses the work in flight.
 */
export default fp(
  async function loadShedding(app: FastifyInstance) {
    await app.register(underPressure, {
      maxEventLoopDelay: app.config.maxEventLoopDelayMs,
      // Async, so that the problem thrown reaches the error handler as a rejection.
      pressureHandler: async (request, reply, type, value) => {
        if (request.routeOptions.url === '/health' || request.routeOptions.url === '/metrics') return;
        request.log.warn({ type, value }, 'under pressure: request shed');
        reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
        throw new ProblemError('unavailable', `The server is overloaded right now; try again in ${RETRY_AFTER_SECONDS} s.`);
      },
    });
  },
  { name: 'load-shedding' },
);

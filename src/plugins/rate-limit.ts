import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { KnownKeyTokens } from '../http/known-key-tokens.js';
import { ProblemError } from '../problem.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Tokens seen to belong to an API key (requireApiKey records them), so later requests count against the key. */
    knownKeyTokens: KnownKeyTokens;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Requests count per API key when the bearer token is one this process has authenticated, else per
 * client address: a made-up token must not open a fresh allowance. Behind a proxy the address is the
 * client's only with TRUST_PROXY=true.
 */
function clientKey(app: FastifyInstance, request: FastifyRequest): string {
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
  const keyId = token === undefined ? undefined : app.knownKeyTokens.keyOf(token);
  return keyId === undefined ? `ip:${request.ip}` : `key:${keyId}`;
}

// Liveness, readiness and metrics are for orchestrators and scrapers, which must never be turned away
// (by route template: the path without its query, with no string to split on every request).
const EXEMPT = new Set(['/health', '/ready', '/metrics']);

/**
 * RATE_LIMIT_MAX requests per RATE_LIMIT_WINDOW_MS for each key or address, counted in this process
 * (several instances each count their own). Every answer carries RateLimit-Limit/-Remaining/-Reset;
 * one over the limit is a 429 problem with Retry-After.
 */
export default fp(
  async function rateLimiting(app: FastifyInstance) {
    const { max, windowMs } = app.config.rateLimit;
    app.decorate('knownKeyTokens', new KnownKeyTokens());
    await app.register(rateLimit, {
      max,
      timeWindow: windowMs,
      enableDraftSpec: true,
      keyGenerator: (request) => clientKey(app, request),
      allowList: (request) => EXEMPT.has(request.routeOptions.url ?? ''),
      onExceeded: (request, key) => {
        request.log.warn({ key }, 'rate limit exceeded');
        app.metrics.rateLimited.inc();
      },
      errorResponseBuilder: (_request, context) =>
        new ProblemError(
          'rateLimited',
          `More than ${context.max} requests in ${windowMs / 1000} s from this API key or address; try again in ${context.after}. ` +
            'Fetch more per request (limit=, CSV) or ask for a higher allowance.',
        ),
    });
  },
  { name: 'rate-limit', dependencies: ['observability'] },
);

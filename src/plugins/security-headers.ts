import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * Security headers from helmet's defaults, its middleware built once at start. @fastify/helmet builds
 * it again on every request, parsing the CSP directives each time: about 3% of the server's CPU on
 * the bilateral route (bench/http). No upgrade-insecure-requests: over plain HTTP on a LAN address
 * it left /docs blank (the browser upgraded its scripts to an https that is not there).
 */
async function securityHeaders(fastify: FastifyInstance) {
  const setHeaders = helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
  fastify.addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)));
}

export default fp(securityHeaders, { name: 'security-headers' });

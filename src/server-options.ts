import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { FastifyHttpOptions } from 'fastify';
import type { Config } from './config.js';
import { frameworkErrors } from './plugins/errors.js';

// What a client may send as its own X-Request-Id: enough for a UUID, a trace id or a ULID, and
// nothing that could forge a log line or break a header.
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the client's X-Request-Id when it is a sane token, else a new UUID. */
export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Options for Fastify() that a plugin cannot set: server.ts and build-app.ts (tests, CLI) share them.
 * Timeouts (config.ts says why each default): headers must arrive within headersTimeout, which is
 * all a GET sends; only an import has a body, and the whole request may take requestTimeout, so
 * that is the import's upload window. Sockets stay open between requests for keepAliveTimeout.
 */
export function serverOptions(config: Config): FastifyHttpOptions<Server> {
  return {
    logger: { level: config.logLevel },
    // Only behind a proxy that sets X-Forwarded-* (compose, a load balancer: TRUST_PROXY=true) may they be believed.
    trustProxy: config.trustProxy,
    frameworkErrors,
    // plugins/shutdown.ts answers requests that arrive while closing, as problem+json with Retry-After.
    return503OnClosing: false,
    genReqId: requestId,
    requestIdHeader: false,
    requestTimeout: config.http.requestTimeoutMs,
    http: { headersTimeout: config.http.headersTimeoutMs },
    keepAliveTimeout: config.http.keepAliveTimeoutMs,
    // Start-up applies migrations under a lock; another instance migrating first makes this one wait.
    pluginTimeout: config.http.startupTimeoutMs,
  };
}

import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
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

const CLIENT_ERRORS: Record<string, [status: number, detail: string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request did not arrive in time (HTTP_HEADERS_TIMEOUT_MS for headers, HTTP_REQUEST_TIMEOUT_MS for all of it).'],
  HPE_HEADER_OVERFLOW: [431, 'The request headers are larger than the server reads (16 KB in all).'],
};

/**
 * Errors Node meets before Fastify sees a request (a timeout, oversized headers, bytes that are no
 * HTTP), answered as problem+json like every other error. Node hands over only the socket.
 */
export function clientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'The request is not valid HTTP.'];
  const body = JSON.stringify({ type: 'about:blank', title: STATUS_CODES[status], status, detail });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
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
    // Node checks those timeouts every connectionsCheckingInterval (30 s by default): a 10 s limit
    // would then take up to 40 s to act.
    http: { headersTimeout: config.http.headersTimeoutMs, connectionsCheckingInterval: 1_000 },
    clientErrorHandler: clientError,
    keepAliveTimeout: config.http.keepAliveTimeoutMs,
    // Start-up applies migrations under a lock; another instance migrating first makes this one wait.
    pluginTimeout: config.http.startupTimeoutMs,
  };
}

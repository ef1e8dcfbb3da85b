import type { FastifyInstance, FastifyReply, FastifyRequest, onSendHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';

// Only answers this large are kept: below it, building and serialising an answer costs less than a
// millisecond, and keeping the many small ones (a pair's series, 5 KB) would only churn the cache.
// The EU's trade over all years is 2.2 MB of JSON (140 KB gzipped) that took 60-80 ms to build,
// serialise and compress on every repeat (docs/benchmarks.md, "Scale").
const MIN_BYTES = 32 * 1024;
// At most this much kept, least recently used out first: outside the JS heap (Buffers), and within
// the 250 MB the process is held to under load.
const MAX_BYTES = 8 * 1024 * 1024;
// The response headers an answer's bytes come with; the rest (request id, rate limit, CORS, security,
// ETag, Cache-Control) are set per request by other hooks.
const KEPT_HEADERS = ['content-type', 'content-encoding', 'vary', 'link'] as const;

type Rendered = { payload: Buffer; headers: Partial<Record<(typeof KEPT_HEADERS)[number], string>> };

declare module 'fastify' {
  interface FastifyRequest {
    /** This answer was sent from the kept bytes (so it is not kept again). */
    renderedHit: boolean;
    /** This answer is to be kept once sent. */
    keepRendered: boolean;
  }
}

/**
 * The bytes of large answers, as sent (compressed when the client took gzip), kept under their
 * ETag and the Accept-Encoding they were sent for. The ETag names the URL, the media type, the
 * service build and the version of the data read (plugins/http-caching.ts): a kept answer is
 * exactly what building it again would send, and an import, which changes the version, changes
 * the key. A conditional request that matches is still answered 304 first.
 */
export default fp(
  async function renderedAnswers(app: FastifyInstance) {
    app.decorateRequest('renderedHit', false);
    app.decorateRequest('keepRendered', false);
    // Keys count too: they carry the client's Accept and Accept-Encoding, up to the 16 KB of headers Node reads.
    const kept = new LRUCache<string, Rendered>({ maxSize: MAX_BYTES, sizeCalculation: (r, key) => r.payload.length + key.length });
    const keyOf = (request: FastifyRequest) =>
      `${request.entityTag}\n${request.headers['accept-encoding'] ?? ''}\n${request.headers['x-no-compression'] === undefined ? '' : 'x'}`;

    // After http-caching's preHandler (registered before this), which sets the ETag or answers 304.
    app.addHook('preHandler', (request, reply, done) => {
      // Nothing kept (yet, or since the last import's answers aged out): no key to build.
      if (request.entityTag === null || request.method !== 'GET' || kept.size === 0) return done();
      const hit = kept.get(keyOf(request));
      if (hit === undefined) return done();
      request.renderedHit = true;
      void reply.headers(hit.headers).send(hit.payload);
    });

    // Global onSend hooks run before each route's: here the answer is still the serialised JSON or CSV,
    // whose size decides. A string's length in characters is at most its length in bytes.
    app.addHook('onSend', (request, reply, payload, done) => {
      request.keepRendered = (typeof payload === 'string' || Buffer.isBuffer(payload)) && payload.length >= MIN_BYTES && wanted(request, reply);
      done(null, payload);
    });
    const keep: onSendHookHandler = function (request, reply, payload, done) {
      if (!request.keepRendered) return done(null, payload);
      const key = keyOf(request);
      const headers = keptHeaders(reply);
      if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
        const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
        if (bytes.length <= MAX_BYTES) kept.set(key, { payload: bytes, headers });
        return done(null, bytes);
      }
      // Large answers are gzipped as a stream (on libuv's threads): its chunks are copied as they go
      // out, and kept once it has ended whole.
      // (compression's stream is not a Node Readable by class, only by what it does)
      if (isStream(payload)) {
        const chunks: Buffer[] = [];
        let size = 0;
        payload.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_BYTES) chunks.push(chunk);
        });
        payload.once('end', () => {
          if (size <= MAX_BYTES) kept.set(key, { payload: Buffer.concat(chunks, size), headers });
        });
      }
      done(null, payload);
    };
    // Last among each route's onSend hooks, after compression (which adds its own in its onRoute hook,
    // registered before this one): what is kept is what went out.
    app.addHook('onRoute', (route) => {
      route.onSend = [route.onSend ?? []].flat().concat(keep);
    });
  },
  { name: 'rendered-answers', dependencies: ['http-caching'] },
);

const isStream = (payload: unknown): payload is NodeJS.ReadableStream =>
  typeof payload === 'object' &&
  payload !== null &&
  typeof (payload as NodeJS.ReadableStream).pipe === 'function' &&
  typeof (payload as NodeJS.ReadableStream).on === 'function';

const wanted = (request: FastifyRequest, reply: FastifyReply) =>
  request.method === 'GET' && reply.statusCode === 200 && request.entityTag !== null && !request.renderedHit;

function keptHeaders(reply: FastifyReply): Rendered['headers'] {
  const headers: Rendered['headers'] = {};
  for (const name of KEPT_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  return headers;
}

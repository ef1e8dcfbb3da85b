import { createHash } from 'node:crypto';
import compress from '@fastify/compress';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import fp from 'fastify-plugin';
import { SERVICE_BUILD } from '../services/service-build.js';
import { isDataRead } from './read-routing.js';

/**
 * An answer depends on the URL, the media type asked for and the data version, and on nothing else
 * (no answer differs by caller), so the ETag is a hash of those: computed before any query runs,
 * a matching If-None-Match is answered 304 at the cost of one cached lookup. Weak, because the
 * bytes differ by compression while the meaning does not.
 */
function entityTag(version: string, identity: string): string {
  const hash = createHash('sha256').update(`${SERVICE_BUILD}\n${identity}`).digest('base64url').slice(0, 22);
  return `W/"${version}-${hash}"`;
}

// Dashboards ask the same URLs over and over: the tags of recent ones are kept, so most requests
// skip the hash (about 2% of the server's CPU on the cheapest route, bench/http). Bounded: emptied
// when full, and only short identities are kept (URL and Accept come from the client), at most
// TAGS_KEPT x TAG_IDENTITY_MAX characters.
const TAGS_KEPT = 4096;
const TAG_IDENTITY_MAX = 512;

function tagCache() {
  const tags = new Map<string, string>();
  return (request: FastifyRequest, version: string): string => {
    const identity = `${version}\n${request.url}\n${request.headers.accept ?? ''}`;
    let tag = tags.get(identity);
    if (tag === undefined) {
      tag = entityTag(version, identity);
      if (identity.length <= TAG_IDENTITY_MAX) {
        if (tags.size >= TAGS_KEPT) tags.clear();
        tags.set(identity, tag);
      }
    }
    return tag;
  };
}

/**
 * Weak comparison (RFC 9110): W/"x" and "x" match. `*` is not honoured: it would mean "if anything
 * exists here", which only running the query could tell; such a request is simply answered in full.
 */
function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const opaque = tag.slice(2);
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === opaque);
}

declare module 'fastify' {
  interface FastifyRequest {
    entityTag: string | null;
  }
}

/**
 * Conditional GETs (ETag, 304), Cache-Control (CACHE_MAX_AGE_SECONDS for /v1 answers, no-store for
 * problems and health), Vary: Accept (CSV and JSON share URLs) and gzip for answers large enough
 * that it pays (docs/benchmarks.md has the measurement).
 */
export default fp(
  async function httpCaching(app: FastifyInstance) {
    app.decorateRequest('entityTag', null);
    // Answers only: request bodies are decoded by the one route that takes them (POST /v1/imports reads
    // gzip under its own limits, which the plugin's decompression would bypass), and no other request
    // pays for a preParsing hook.
    await app.register(compress, { encodings: ['gzip'], threshold: 4096, globalDecompression: false });

    const cacheControl = `public, max-age=${app.config.cacheMaxAgeSeconds}`;
    const tagOf = tagCache();

    /** Tags the answer; a matching If-None-Match is answered 304 here (then `done` is not called: the reply is sent). */
    const conditional = (request: FastifyRequest, reply: FastifyReply, version: string, done: HookHandlerDoneFunction) => {
      request.entityTag = tagOf(request, version);
      if (!matches(request.headers['if-none-match'], request.entityTag)) return done();
      void reply
        .code(304)
        .header('ETag', request.entityTag)
        .header('Cache-Control', cacheControl)
        .header('Vary', varyWithAccept(reply.getHeader('Vary')))
        .send();
    };

    // preHandler: after the rate limit (route-level onRequest) and validation, so a 304 is only ever
    // the answer to a request that would have been answered 200. Callback hooks, not async ones:
    // they run on every request, and the version is nearly always known without waiting.
    app.addHook('preHandler', (request, reply, done) => {
      if (!isDataRead(request)) return done();
      // The version of the database the answer will come from (a replica's may be older than the
      // primary's, plugins/read-routing.ts). The database down: a 503 now, rather than a second wait
      // for the same connection in the route.
      const version = request.reads.version;
      const known = version.fresh();
      if (known !== null) return conditional(request, reply, known, done);
      version.current().then((current) => conditional(request, reply, current, done), done);
    });

    app.addHook('onSend', (request, reply, payload, done) => {
      if (reply.statusCode === 200 && request.entityTag !== null) {
        reply
          .header('ETag', request.entityTag)
          .header('Cache-Control', cacheControl)
          .header('Vary', varyWithAccept(reply.getHeader('Vary')));
      } else if (reply.statusCode !== 304 && !reply.hasHeader('Cache-Control')) {
        reply.header('Cache-Control', 'no-store');
      }
      done(null, payload);
    });
  },
  { name: 'http-caching', dependencies: ['database', 'read-routing'] },
);

/** Vary with Accept added to what is there (compression adds Accept-Encoding). */
function varyWithAccept(existing: string | number | string[] | undefined): string {
  // Nearly every answer has no Vary yet (compression adds one only to large answers): no parsing then.
  if (existing === undefined) return 'Accept';
  const names = [existing ?? '']
    .flat()
    .join(',')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return names.some((n) => n.toLowerCase() === 'accept') ? names.join(', ') : [...names, 'Accept'].join(', ');
}

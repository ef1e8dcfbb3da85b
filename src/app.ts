import accepts from '@fastify/accepts';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/client.js';
import countries from './plugins/countries.js';
import database from './plugins/database.js';
import contentNegotiation from './plugins/content-negotiation.js';
import errors from './plugins/errors.js';
import httpCaching from './plugins/http-caching.js';
import loadShedding from './plugins/load-shedding.js';
import observability from './plugins/observability.js';
import rateLimit from './plugins/rate-limit.js';
import readRouting from './plugins/read-routing.js';
import renderedAnswers from './plugins/rendered-answers.js';
import securityHeaders from './plugins/security-headers.js';
import shutdown from './plugins/shutdown.js';
import openapi from './plugins/openapi.js';
import { serializerCompiler } from './http/serializer.js';
import health from './routes/health.js';
import problems from './routes/problems.js';
import dashboard from './routes/dashboard.js';
import metrics from './routes/metrics.js';
import v1 from './routes/v1/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The configuration the app was started with, parsed once (config.ts). */
    config: Config;
  }
}

export type AppOptions = {
  config: Config;
  /** An already-open database (tests, CLI). Without it the app opens the configured one and closes it on shutdown. */
  database?: DatabaseHandle;
};

/** Validation and serialization from the zod schemas, the OpenAPI document, and every route. */
export async function routesWithDocument(fastify: FastifyInstance): Promise<void> {
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  await fastify.register(openapi);
  await fastify.register(health);
  await fastify.register(metrics);
  await fastify.register(problems);
  await fastify.register(dashboard);
  await fastify.register(v1, { prefix: '/v1' });
}

/**
 * The whole service as one Fastify plugin: infrastructure first (errors, metrics, load shedding,
 * rate limits, security headers, CORS, database), shared services (the country directory), read
 * routing (replicas) and caching, then the OpenAPI document and the routes. server.ts
 * only listens; tests register this on a fresh instance. Not encapsulated (fastify-plugin), so its
 * decorators (db, countries, swagger) reach the caller.
 */
async function app(fastify: FastifyInstance, opts: AppOptions) {
  fastify.decorate('config', opts.config);
  fastify.decorateRequest('apiKey', null);
  await fastify.register(errors);
  await fastify.register(observability);
  await fastify.register(shutdown);
  // Cheapest refusals first: an overloaded process sheds before it counts, counts before it works.
  await fastify.register(loadShedding);
  await fastify.register(rateLimit);
  await fastify.register(securityHeaders);
  await fastify.register(cors, {
    origin: opts.config.corsOrigin,
    exposedHeaders: ['Link', 'ETag', 'X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'],
  });
  await fastify.register(accepts);
  await fastify.register(contentNegotiation);
  await fastify.register(database, { config: opts.config, ...(opts.database ? { database: opts.database } : {}) });
  await fastify.register(countries);
  // Before caching: the ETag names the version of the database the read is sent to.
  await fastify.register(readRouting);
  await fastify.register(httpCaching);
  await fastify.register(renderedAnswers);
  await routesWithDocument(fastify);
}

export default fp(app, { name: 'trade-api' });

import Fastify, { type FastifyInstance } from 'fastify';
import app, { type AppOptions } from './app.js';
import { frameworkErrors } from './plugins/errors.js';

/** A ready app instance without a listener: for the CLI (OpenAPI export) and tests. */
export async function buildApp(opts: AppOptions, logger = false): Promise<FastifyInstance> {
  const instance = Fastify({ logger, frameworkErrors });
  await instance.register(app, opts);
  await instance.ready();
  return instance;
}

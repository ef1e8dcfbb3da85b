import Fastify, { type FastifyInstance } from 'fastify';
import app, { type AppOptions } from './app.js';
import { serverOptions } from './server-options.js';

/** A ready app instance without a listener, with the server's options: for the CLI (OpenAPI export), benchmarks and tests. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const instance = Fastify(serverOptions(opts.config));
  await instance.register(app, opts);
  await instance.ready();
  return instance;
}

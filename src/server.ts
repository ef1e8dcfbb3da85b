import closeWithGrace from 'close-with-grace';
import Fastify from 'fastify';
import app from './app.js';
import { ConfigError, parseConfig } from './config.js';
import { limitHeapGrowth } from './heap-growth.js';
import { removeAbandonedSpools } from './ingest/spool.js';
import { serverOptions } from './server-options.js';

function loadConfig() {
  try {
    return parseConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

limitHeapGrowth();
const config = loadConfig();
const server = Fastify(serverOptions(config));

try {
  // Awaiting the registration runs the start-up: database connection, migrations, reference data.
  await server.register(app, { config });
} catch (err) {
  server.log.error({ err }, 'could not start');
  process.exit(1);
}

const abandoned = await removeAbandonedSpools();
if (abandoned > 0) server.log.info({ abandoned }, 'removed the temporary copies of imports that a crash left behind');

// close() answers new requests 503, aborts running imports (routes/v1/imports: each rolls back and
// is recorded as failed), waits for the other requests in flight, then closes the database. Past
// the grace period the process exits with code 1 whatever is left.
closeWithGrace({ delay: config.shutdownGraceMs, logger: server.log }, async ({ signal, err }) => {
  if (err) server.log.error({ err }, 'shutting down after an uncaught error');
  else server.log.info({ signal }, 'shutting down');
  await server.close();
  server.log.info('shut down');
});

try {
  const address = await server.listen({ port: config.port, host: config.host });
  server.log.info(`Swagger UI at ${address}/docs`);
} catch (err) {
  server.log.error({ err }, 'could not start');
  process.exit(1);
}

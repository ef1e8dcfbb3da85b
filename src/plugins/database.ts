import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { openDatabase, type Database, type DatabaseHandle } from '../db/client.js';
import { setUpDatabase } from '../services/database-setup.js';
import { seedDemoData } from '../services/demo-data.js';
import { hasNoReleases } from '../queries/demo.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    dbHandle: DatabaseHandle;
  }
}

export type DatabasePluginOptions = {
  config: Config;
  /** A database opened by the caller (tests, CLI); the caller keeps ownership and closes it. */
  database?: DatabaseHandle;
};

/**
 * Opens the configured database, applies migrations and syncs reference data before any route
 * can run. A new embedded database also gets the demo data, so a first `npm start` answers the
 * article's questions; Postgres gets it only when asked (`cli seed demo`).
 */
export default fp<DatabasePluginOptions>(
  async function database(app: FastifyInstance, { config, database }) {
    const handle = database ?? (await openDatabase(config.database));
    if (!database) app.addHook('onClose', () => handle.close());

    await setUpDatabase(handle);
    if (handle.kind === 'pglite' && config.demoData === 'auto' && (await hasNoReleases(handle.db))) {
      await seedDemoData(handle.db);
      app.log.info('new embedded database: loaded the seed article demo data (DEMO_DATA=never to skip)');
    }

    app.decorate('db', handle.db);
    app.decorate('dbHandle', { getter: () => handle });
  },
  { name: 'database' },
);

import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import type { Test } from 'tap';

/**
 * Two connections of a test's own to the app's Postgres database (the app's pool is small): a
 * blocker, to hold what an import will wait on, and a watcher, to see it wait. Closed at teardown.
 */
export async function sideConnections(t: Test, app: FastifyInstance): Promise<{ blocker: pg.Client; watcher: pg.Client }> {
  const url = (app.dbHandle.client as pg.Pool).options.connectionString!;
  const blocker = new pg.Client({ connectionString: url });
  const watcher = new pg.Client({ connectionString: url });
  await Promise.all([blocker.connect(), watcher.connect()]);
  t.teardown(() => Promise.all([blocker.end(), watcher.end()]));
  return { blocker, watcher };
}

/** The pid of a backend of this database waiting on a lock while running a statement LIKE `query`, once there is one (undefined after 10 s). */
export async function lockWaiter(watcher: pg.Client, query: string): Promise<number | undefined> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await watcher.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1`,
      [query],
    );
    if (rows[0]) return rows[0].pid;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

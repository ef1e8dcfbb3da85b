import { count, sql } from 'drizzle-orm';
import pg from 'pg';
import t from 'tap';
import { buildApp } from '../../src/build-app.js';
import { DEFAULT_HTTP } from '../../src/config.js';
import { serverOptions } from '../../src/server-options.js';
import { queryRows } from '../../src/db/client.js';
import { SHIPPED_MIGRATIONS } from '../../src/db/migrate.js';
import { countries, groupMembers, tradeFlows } from '../../src/db/schema.js';
import { BACKEND, freshDatabase, testConfig } from '../helper.js';
import type { FastifyInstance } from 'fastify';

async function counts(app: FastifyInstance) {
  const [c] = await app.db.select({ n: count() }).from(countries);
  const [m] = await app.db.select({ n: count() }).from(groupMembers);
  const [f] = await app.db.select({ n: count() }).from(tradeFlows);
  const [migrations] = await queryRows<{ n: number }>(app.db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
  return { countries: c!.n, members: m!.n, flows: f!.n, migrations: migrations!.n };
}

t.test('an empty database is migrated and given reference data', async (t) => {
  const app = await buildApp({ config: testConfig(await freshDatabase(t)) });
  t.teardown(() => app.close());
  const c = await counts(app);
  t.equal(c.migrations, SHIPPED_MIGRATIONS);
  t.ok(c.countries >= 258, `${c.countries} countries`);
  t.equal(c.flows, 0, 'no demo data unless asked');
});

t.test('a restart on an existing database keeps its data and duplicates nothing', async (t) => {
  const database = await freshDatabase(t);
  const first = await buildApp({ config: testConfig(database, { demoData: 'auto' }) });
  const before = await counts(first);
  await first.close();

  const second = await buildApp({ config: testConfig(database, { demoData: 'auto' }) });
  t.teardown(() => second.close());
  t.same(await counts(second), before, 'same rows after restart');
  const res = await second.inject('/v1/flows?reporter=KAZ&partner=UZB&year=2022');
  if (BACKEND === 'pglite') {
    t.equal(before.flows, 2, 'a new embedded database gets the demo data at first start');
    t.equal(res.json().data[0].valueUsd, 5e9, 'and still has it after a restart');
  } else {
    t.equal(before.flows, 0, 'Postgres never gets demo data unless asked');
  }
});

t.test('DEMO_DATA=never keeps a new embedded database empty', async (t) => {
  const app = await buildApp({ config: testConfig(await freshDatabase(t), { demoData: 'never' }) });
  t.teardown(() => app.close());
  t.equal((await counts(app)).flows, 0);
});

t.test('instances starting together against one Postgres take turns', { skip: BACKEND !== 'postgres' && 'Postgres only' }, async (t) => {
  const database = await freshDatabase(t);
  const apps = await Promise.all([1, 2, 3].map(() => buildApp({ config: testConfig(database) })));
  t.teardown(() => Promise.all(apps.map((a) => a.close())));
  for (const app of apps) t.equal((await app.inject('/ready')).statusCode, 200);
  t.equal((await counts(apps[0]!)).migrations, SHIPPED_MIGRATIONS);
});

t.test(
  "an instance waits behind another's migrations without the statement timeout cutting the wait, and past Fastify's 10 s",
  { skip: BACKEND !== 'postgres' && 'Postgres only: an embedded database has no other instance' },
  async (t) => {
    // Fastify's default plugin timeout (10 s) once ended such a wait; the start-up timeout replaces it.
    t.equal(serverOptions(testConfig({ kind: 'pglite', dataDir: null })).pluginTimeout, DEFAULT_HTTP.startupTimeoutMs);
    t.ok(DEFAULT_HTTP.startupTimeoutMs > 10_000);
    const database = await freshDatabase(t);
    if (database.kind !== 'postgres') return;
    // Another instance, mid-migration: it holds the start-up lock for 3 s, three statement timeouts.
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    t.teardown(() => other.end());
    await other.query('SELECT pg_advisory_lock(7283310001)');
    let released = false;
    const release = setTimeout(() => {
      released = true;
      void other.query('SELECT pg_advisory_unlock(7283310001)');
    }, 3_000);
    t.teardown(() => clearTimeout(release));
    const app = await buildApp({ config: testConfig({ ...database, statementTimeoutMs: 1_000 }) });
    t.teardown(() => app.close());
    t.ok(released, 'it was ready only once the other instance let go of the lock');
    t.equal((await app.inject('/ready')).statusCode, 200);
  },
);

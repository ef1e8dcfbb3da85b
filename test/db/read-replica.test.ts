import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import t from 'tap';
import { buildApp } from '../../src/build-app.js';
import { createApiKey } from '../../src/services/api-keys.js';
import { postImport, testConfig } from '../helper.js';
import { ownCluster, ownReplica, postgresBin, sparePorts } from '../support/own-cluster.js';

const bin = postgresBin();
const missing =
  bin === null
    ? 'no PostgreSQL binaries (initdb, pg_basebackup) here: the read replica test needs them'
    : !existsSync(join(bin, 'pg_basebackup'))
      ? `no pg_basebackup in ${bin}: the read replica test needs it`
      : false;

const DOTS = 'reporter_iso3,partner_iso3,year,exports_fob_usd_mn,imports_cif_usd_mn,exports_estimated,imports_estimated\n';

/** Polls `check` every 10 ms until it holds or `ms` pass; how long it took, or null on time-out. */
async function until(check: () => Promise<boolean>, ms = 10_000): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return null;
}

t.test('with DATABASE_READ_URL, reads are answered by a streaming replica, and an import is read back at once', { skip: missing }, async (t) => {
  const started = Date.now();
  // A private primary and a pg_basebackup -R copy of it streaming its WAL; a third port where
  // nothing listens stands for a replica that is down.
  const [primaryPort, replicaPort, deadPort] = await sparePorts(3);
  const primary = await ownCluster(bin!, primaryPort!);
  t.teardown(() => primary.destroy());
  const replica = await ownReplica(bin!, primary, replicaPort!);
  t.teardown(() => replica.destroy());
  const dead = `postgres://postgres@127.0.0.1:${deadPort}/postgres`;
  const app = await buildApp({
    config: testConfig({ kind: 'postgres', url: primary.url, poolSize: 2, acquireTimeoutMs: 1_000, readUrls: [replica.url, dead] }),
  });
  t.teardown(() => app.close());
  // A connection of the test's own to the replica, to pause its replay and to see what it holds.
  const standby = new pg.Client({ connectionString: replica.url });
  // Stopping the replica at the end ends this connection: expected, not a failure.
  standby.on('error', () => {});
  await standby.connect();
  t.teardown(() => standby.end());

  const readsBy = async (target: string, reason: string) => {
    const text = (await app.inject('/metrics')).body;
    const line = text.split('\n').find((l) => l.startsWith(`db_reads_total{target="${target}",reason="${reason}"}`));
    return line === undefined ? 0 : Number(line.split(' ').pop());
  };
  const kazUzb = async () => {
    const res = await app.inject('/v1/flows?reporter=KAZ&partner=UZB&flow=export');
    t.equal(res.statusCode, 200, 'GET /v1/flows: 200');
    return res.json<{ data: { year: number }[] }>().data.map((f) => f.year);
  };
  const { key } = await createApiKey(app.db, 'replica-test');
  const post = (csv: string) => postImport(app, key, csv, 'format=imf-dots&source=imf-dots');
  const onStandby = async (release: number) => (await standby.query('SELECT 1 FROM releases WHERE id = $1', [release])).rowCount === 1;

  // The app migrated the primary at start (only there: the standby is read-only); the standby replays it.
  t.comment(`clusters and app up: ${Date.now() - started} ms`);
  const ready = await until(async () => {
    const answer = (await app.inject('/ready')).json<{ replicas?: { name: string; state: string }[] }>();
    return answer.replicas?.[0]?.state === 'current';
  });
  t.not(ready, null, 'the replica has replayed the migrations');
  t.match((await app.inject('/ready')).json(), { primary: 'ready' });
  t.same((await app.inject('/ready')).json().replicas, [
    { name: 'replica-1', state: 'current' },
    { name: 'replica-2', state: 'unreachable' },
  ]);

  t.test('reads go to the replica; the one that is down is passed over, no request fails', async (t) => {
    const before = await readsBy('replica-1', 'replica_current');
    for (const url of ['/v1/sources', '/v1/releases', '/v1/groups', '/v1/countries/KAZ', '/v1/bilateral/KAZ/UZB']) {
      t.equal((await app.inject(url)).statusCode, 200, url);
    }
    t.same(await kazUzb(), [], 'nothing imported yet');
    t.equal(await readsBy('replica-1', 'replica_current'), before + 6, 'all six from replica-1');
    t.equal(await readsBy('primary', 'replicas_down'), 0, 'none fell back to the primary');
  });

  t.test('an import is read back at once from the primary while the replica lags, then from the replica', async (t) => {
    // Replay paused: the standby receives the import's WAL but does not apply it, a lag as long as we like.
    await standby.query('SELECT pg_wal_replay_pause()');
    const imported = await post(DOTS + 'KAZ,UZB,2019,1900.5,700.25,0,0\n');
    t.equal(imported.statusCode, 201);
    const release = imported.json<{ id: number }>().id;
    const lagging = await readsBy('primary', 'replicas_lagging');
    t.same(await kazUzb(), [2019], 'the import is there at once');
    t.equal((await app.inject(`/v1/releases/${release}`)).statusCode, 200, 'its release too');
    t.equal(await readsBy('primary', 'replicas_lagging'), lagging + 2, 'both read from the primary: the replica has not replayed it');
    t.notOk(await onStandby(release), 'the standby has not applied it yet');

    await standby.query('SELECT pg_wal_replay_resume()');
    t.not(await until(() => onStandby(release)), null, 'replayed, it reaches the standby');
    const before = await readsBy('replica-1', 'replica_current');
    // The replica's version is looked up at most once a second.
    const years = await kazUzb();
    const served = await until(async () => {
      const answer = await kazUzb();
      return answer.length === 1 && (await readsBy('replica-1', 'replica_current')) > before;
    }, 3_000);
    t.same(years, [2019]);
    t.not(served, null, 'the replica answers with it');
  });

  t.test('replication lag: an import reaches the standby in milliseconds', async (t) => {
    const imported = await post(DOTS + 'KAZ,UZB,2018,1800.5,600.25,0,0\n');
    t.equal(imported.statusCode, 201);
    const lag = await until(() => onStandby(imported.json<{ id: number }>().id), 10_000);
    t.not(lag, null, 'within 10 s');
    // Reported, not asserted: the machine is shared (docs/scaling.md quotes it).
    t.comment(`replication lag, commit to visible on the standby: ${lag} ms`);
  });

  t.test('with the primary stopped, the replica still answers reads (so they came from it)', async (t) => {
    await primary.stop();
    t.same((await kazUzb()).sort(), [2018, 2019], 'both imports, from the replica');
    t.equal((await app.inject('/v1/bilateral/KAZ/UZB')).statusCode, 200);
    const ready = await app.inject('/ready');
    t.equal(ready.statusCode, 200, '/ready: still ready, the replica serving reads');
    t.match(ready.json(), { primary: 'unreachable', replicas: [{ name: 'replica-1', state: 'current' }] });
    const imported = await post(DOTS + 'KAZ,UZB,2017,1700,600,0,0\n');
    t.equal(imported.statusCode, 503, 'an import: 503, the primary being down');
  });

  t.test('with the replica stopped as well, reads are 503 problems, never a 500', async (t) => {
    await replica.stop();
    for (let i = 0; i < 3; i++) {
      const res = await app.inject('/v1/sources');
      t.equal(res.statusCode, 503, 'GET /v1/sources: 503');
      t.match(res.headers['content-type'], /^application\/problem\+json/);
    }
    t.equal((await app.inject('/ready')).statusCode, 503, '/ready: nothing left to answer');
  });
});

import t from 'tap';
import { createApiKey } from '../../src/services/api-keys.js';
import { BACKEND, build, importText } from '../helper.js';
import { lockWaiter, sideConnections } from '../support/side-connections.js';

const HEADER = 'reporter,partner,year,flow,value_usd\n';

t.test('values no dollar amount is written as are rejected rows, and the server lives on', async (t) => {
  const app = await build(t);
  const { key } = await createApiKey(app.db, 'test');
  // Once crashed the process: Number() reads it as 0, the exact scaling then built a 600-million-digit string.
  const res = await app.inject({
    method: 'POST',
    url: '/v1/imports?format=canonical&source=un-comtrade',
    payload: `${HEADER}KAZ,UZB,2020,export,0e600000000\n`,
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${key}` },
  });
  t.equal(res.statusCode, 422);
  t.match(res.json(), { type: '/problems/rejected-rows', errors: [{ name: 'line 2', message: /more than 40 digits or an exponent beyond ±40/ }] });
  t.equal((await app.inject('/health')).statusCode, 200, 'still answering');

  const skip = await importText(
    app,
    `${HEADER}KAZ,UZB,2020,export,1e99999999999999999999\nKAZ,UZB,2019,export,${'9'.repeat(41)}\nKAZ,UZB,2018,export,1.5e9\nKAZ,UZB,2017,export,0.000001e15\n`,
    { format: 'canonical', onError: 'skip' },
  );
  t.equal(skip.inserted, 2, 'the honest spellings load');
  t.same(
    skip.rejectedSamples.map((r) => r.line),
    [2, 3],
  );
  const values = (await app.inject('/v1/flows?reporter=KAZ&partner=UZB')).json().data.map((f: { year: number; valueUsd: number }) => [f.year, f.valueUsd]);
  t.same(values, [
    [2017, 1e9],
    [2018, 1.5e9],
  ]);
});

t.test(
  'a connection dropped mid-import fails that import only',
  { skip: BACKEND !== 'postgres' && 'Postgres only: PGlite has no connections to drop' },
  async (t) => {
    const app = await build(t);
    // The blocker holds the lock the import takes first, so the import waits inside its
    // transaction; the watcher sees it wait, and terminates it.
    const { blocker, watcher } = await sideConnections(t, app);
    await blocker.query('BEGIN');
    await blocker.query(`SELECT pg_advisory_xact_lock(hashtext('import:' || 'imf-dots'))`);

    const running = importText(app, `${HEADER}KAZ,UZB,2020,export,1\n`, { format: 'canonical' }).then(
      () => null,
      (error: Error) => error,
    );
    const pid = await lockWaiter(watcher, '%pg_advisory_xact_lock%');
    t.ok(pid, 'the import is waiting inside its transaction');
    await watcher.query('SELECT pg_terminate_backend($1)', [pid]);
    await blocker.query('ROLLBACK');

    t.match(await running, { message: /terminating connection/ }, 'the import failed with the connection');
    t.equal((await app.inject('/health')).statusCode, 200, 'the process is alive');
    t.same((await app.inject('/v1/flows')).json().data, [], 'nothing was written');
    t.equal((await app.inject('/v1/sources')).statusCode, 200, 'the pool still serves');
    const second = await importText(app, `${HEADER}KAZ,UZB,2020,export,1\n`, { format: 'canonical' });
    t.equal(second.inserted, 1, 'and the next import works');
  },
);

t.test('spooled copies of imports whose process is gone are removed; running ones stay', async (t) => {
  const { mkdir, mkdtemp, readdir, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { removeAbandonedSpools } = await import('../../src/ingest/spool.js');
  const dir = await mkdtemp(path.join(tmpdir(), 'spools-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  // A pid above the kernel's maximum (4194304) cannot be running; the parent process is. One with this
  // process's own pid is a predecessor's: in a container every start is pid 1.
  const names = ['trade-import-9999999-abc', `trade-import-${process.ppid}-def`, `trade-import-${process.pid}-ghi`, 'unrelated-1'];
  for (const name of names) await mkdir(path.join(dir, name));
  t.equal(await removeAbandonedSpools(dir), 2);
  t.same((await readdir(dir)).sort(), [`trade-import-${process.ppid}-def`, 'unrelated-1'].sort());
});

t.test('values beyond what a JSON number holds to the cent are rejected rows', async (t) => {
  const app = await build(t);
  // Once accepted, and served as 10000000000000000 and ...992.
  const summary = await importText(
    app,
    `${HEADER}KAZ,UZB,2020,export,9999999999999999.99\nKAZ,UZB,2019,export,9007199254740993\nKAZ,UZB,2018,export,9999999999999.99\n`,
    {
      format: 'canonical',
      onError: 'skip',
    },
  );
  t.same(
    summary.rejectedSamples.map((r) => r.line),
    [2, 3],
  );
  t.equal((await app.inject('/v1/flows?reporter=KAZ&year=2018')).json().data[0].valueUsd, 9999999999999.99, 'the largest accepted, to the cent');
});

import t from 'tap';
import { BACKEND, build, importText } from '../helper.js';
import { lockWaiter, sideConnections } from '../support/side-connections.js';

const HEADER = 'reporter,partner,year,flow,value_usd\n';

t.test(
  'asOf follows the order releases committed in, not the order they started in',
  { skip: BACKEND !== 'postgres' && 'Postgres only: on PGlite imports run one at a time, so start and commit order agree' },
  async (t) => {
    const app = await build(t);
    const { blocker, watcher } = await sideConnections(t, app);

    // An uncommitted row with the key the first import writes: its COPY waits on the unique index
    // until this transaction ends, after the first import has taken its release id.
    await blocker.query('BEGIN');
    await blocker.query(
      `INSERT INTO trade_flows (reporter, partner, year, flow, commodity, value_usd, estimated, source_id, release_id)
       VALUES ('KAZ', 'UZB', 2020, 'export', 'TOTAL', 1, false, 'imf-dots', 0)`,
    );
    const early = importText(app, `${HEADER}KAZ,UZB,2020,export,1\n`, { format: 'canonical', source: 'imf-dots' });
    t.ok(await lockWaiter(watcher, 'COPY%'), 'the first import waits inside its transaction');

    const late = await importText(app, `${HEADER}DEU,FRA,2020,export,7\n`, { format: 'canonical', source: 'un-comtrade' });
    await blocker.query('ROLLBACK');
    const first = await early;
    t.ok(first.release < late.release, `started first (release ${first.release}), committed second (release ${late.release})`);

    const asOf = async (release: number) =>
      (await app.inject(`/v1/flows?asOf=${release}`)).json().data.map((f: { reporter: { iso3: string }; release: number }) => [f.reporter.iso3, f.release]);
    t.same(await asOf(late.release), [['DEU', late.release]], 'as of the release that committed first: only its figures');
    t.same(
      await asOf(first.release),
      [
        ['DEU', late.release],
        ['KAZ', first.release],
      ],
      'as of the one that committed last: both',
    );
  },
);

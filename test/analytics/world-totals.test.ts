import t from 'tap';
import { SHARED_DATA, build, importFile } from '../helper.js';

const CENTRAL_ASIA = new URL('imf-dots/central_asia_intra_2000_2020.csv', SHARED_DATA);
const WORLD_TOTALS = new URL('imf-dots/reporter_world_totals_1960_2020.csv', SHARED_DATA);
// ../shared/data files, KAZ 2020 (US$ mn): exports to / imports from the World and UZB, as KAZ reports them.
const KAZ_WORLD = { exports: 46_926.834907e6, imports: 38_142.88939e6 };
const KAZ_UZB_TOTAL = 2_133.337432e6 + 780.144465e6;

t.test('reported World totals: their own flows, and shares of them on request (issue 11)', async (t) => {
  const app = await build(t);
  await importFile(app, CENTRAL_ASIA, { format: 'imf-dots' });
  const before = (await app.inject('/v1/groups/central-asia/trade?year=2020')).json().data[0];
  const summary = await importFile(app, WORLD_TOTALS, { format: 'imf-dots-world' });
  t.equal(summary.rejected, 0, 'every reporter of the file is known');
  app.dataVersion.invalidate();

  const flows = (await app.inject('/v1/flows?reporter=KAZ&partner=WLD&year=2020')).json().data;
  t.match(flows, [
    { partner: { iso3: 'WLD', name: 'World' }, flow: 'export', valueUsd: KAZ_WORLD.exports },
    { partner: { iso3: 'WLD' }, flow: 'import', valueUsd: KAZ_WORLD.imports },
  ]);
  const world = (await app.inject('/v1/bilateral/KAZ/WLD?year=2020')).json();
  t.match(world.data[0], { exports: { value: KAZ_WORLD.exports, mirror: null }, total: { value: KAZ_WORLD.exports + KAZ_WORLD.imports } });

  const partners = (await app.inject('/v1/countries/KAZ/partners?year=2020')).json();
  t.notOk(
    partners.data.some((p: { partner: { iso3: string } }) => p.partner.iso3 === 'WLD'),
    'the World is no partner in a ranking',
  );
  const sumOfPartners = partners.total.value;

  const shares = (await app.inject('/v1/countries/KAZ/partners?year=2020&within=world-reported&limit=1')).json();
  t.equal(shares.within, 'world-reported');
  t.equal(shares.total.value, KAZ_WORLD.exports + KAZ_WORLD.imports, "the total is KAZ's reported total with the World");
  t.match(shares.data[0], { partner: { iso3: 'UZB' }, value: KAZ_UZB_TOTAL });
  t.ok(Math.abs(shares.data[0].sharePct - (KAZ_UZB_TOTAL / (KAZ_WORLD.exports + KAZ_WORLD.imports)) * 100) < 1e-9, 'UZB: 3.4% of the World total');
  t.ok(Math.abs(shares.data[0].sharePct + shares.rest.sharePct - 100) < 1e-9, 'shown + rest = 100% of the World total');
  t.match(
    shares.notes.join(' '),
    new RegExp(`not of the sum of its partners.*2020: World ${KAZ_WORLD.exports + KAZ_WORLD.imports}, partners ${sumOfPartners}`),
  );

  const after = (await app.inject('/v1/groups/central-asia/trade?year=2020')).json().data[0];
  t.same([after.intra.value, after.extra.value], [before.intra.value, before.extra.value], 'World totals are not extra-group trade');
});

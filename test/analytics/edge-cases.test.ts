import t from 'tap';
import { FIXTURES, build, importFile } from '../helper.js';

t.test('analytics edge cases', async (t) => {
  const app = await build(t, { demo: true });
  await importFile(app, new URL('ingest/imf-dots.csv', FIXTURES), { format: 'imf-dots' });

  t.test('the seed article: KAZ-UZB $5bn in 2022, +29% over five years (demo data)', async (t) => {
    const body = (await app.inject('/v1/bilateral/KAZ/UZB?year=2022')).json();
    t.match(body.data, [{ year: 2022, total: { value: 5e9, basis: 'turnover', source: 'seed-article' }, exports: { value: null }, balance: { value: null } }]);
    const growth = (await app.inject('/v1/bilateral/KAZ/UZB/growth?from=2017&to=2022&source=seed-article')).json();
    t.equal(Math.round(growth.changePct * 100) / 100, 29);
    t.match(growth, { start: { year: 2017, value: 3_875_968_992.25 }, end: { year: 2022, value: 5e9 }, notes: [] });
  });

  t.test('mirror of a source with only totals: null reports, and a note saying why', async (t) => {
    const body = (await app.inject('/v1/bilateral/KAZ/UZB/mirror?source=seed-article&year=2022')).json();
    t.match(body.data, [
      { flow: 'export', reported: null, mirror: null },
      { flow: 'import', reported: null, mirror: null },
    ]);
    t.match(body.notes, [/only reported totals \(turnover\), which have no mirror/]);
  });

  t.test('a year with no data has null values, not 0', async (t) => {
    const body = (await app.inject('/v1/bilateral/KAZ/UZB?year=2005')).json();
    t.match(body.data, [{ year: 2005, exports: { value: null, basis: null }, total: { value: null }, totalYoyPct: null }]);
  });

  t.test('growth from a missing start is null, with a note', async (t) => {
    const body = (await app.inject('/v1/bilateral/KAZ/UZB/growth?from=2005&to=2020')).json();
    t.match(body, { start: { year: 2005, value: null }, changePct: null, cagrPct: null, notes: [/2005: no source; 2020: imf-dots/] });
  });

  t.test('a valid pair with no data: 200, empty data, coverage', async (t) => {
    const res = await app.inject('/v1/bilateral/FRA/JPN');
    t.equal(res.statusCode, 200);
    t.match(res.json(), { data: [], coverage: { reporter: [], partner: [] } });
    const onlyOneSide = (await app.inject('/v1/bilateral/KAZ/KGZ')).json();
    t.same(onlyOneSide.coverage, { reporter: [2020], partner: [] });
    const growth = (await app.inject('/v1/bilateral/FRA/JPN/growth')).json();
    t.match(growth, { start: { year: null, value: null }, notes: [/no total values/] });
  });

  t.test('bad calls are 4xx problems saying how to fix them', async (t) => {
    const cases: [string, number, RegExp][] = [
      ['/v1/bilateral/KAZ/UZB?from=2020&to=2017', 400, /swap them/],
      ['/v1/bilateral/KAZ/UZB?from=1900&to=2020', 400, /more than 100 years/],
      ['/v1/bilateral/KAZ/KAZ', 400, /must differ/],
      ['/v1/bilateral/KAZ/XXX', 404, /XXX/],
      ['/v1/bilateral/KAZ/UZB/growth?year=2020', 400, /year: unknown parameter; this endpoint takes from, to/],
      ['/v1/bilateral/KAZ/UZB?source=nope', 404, /Known sources/],
      ['/v1/groups/atlantis/trade?year=2020', 404, /central-asia/],
      ['/v1/groups/central-asia/trade?year=2020&from=2019', 400, /either year or from\/to/],
      ['/v1/countries/KAZ/partners?within=atlantis', 404, /Known groups/],
      ['/v1/countries/KAZ/partners?within=gcc&year=2020', 400, /not a member of gcc .*central-asia/],
      ['/v1/countries/KAZ/partners?measure=volume', 400, /total, exports or imports/],
    ];
    for (const [url, status, detail] of cases) {
      const res = await app.inject(url);
      t.equal(res.statusCode, status, url);
      t.match(res.headers['content-type'], /problem\+json/, url);
      t.match(res.json().detail, detail, url);
    }
  });

  t.test('partners default to the latest year, all partners, with the rest', async (t) => {
    // imf-dots has five figures about KAZ in 2020, the article one in 2022: the default never lands on thin data.
    const body = (await app.inject('/v1/countries/KAZ/partners?limit=1')).json();
    t.match(body, { year: 2020, source: 'imf-dots', within: null, data: [{ rank: 1, partner: { iso3: 'UZB' }, source: 'imf-dots' }] });
    const article = (await app.inject('/v1/countries/KAZ/partners?year=2022')).json();
    t.match(article, { source: 'seed-article', data: [{ rank: 1, partner: { iso3: 'UZB' }, value: 5e9, sharePct: 100 }], rest: { value: 0 } });
    // In the fixture, 2020 imports come from UZB and KGZ (KGZ's exports are missing, so it has no total).
    const y2020 = (await app.inject('/v1/countries/KAZ/partners?year=2020&measure=imports&limit=1')).json();
    t.equal(y2020.data.length, 1);
    t.ok(y2020.rest.value > 0, 'the rest holds the partners beyond the limit');
    t.ok(Math.abs(y2020.data[0].sharePct + y2020.rest.sharePct - 100) < 1e-9);
  });
});

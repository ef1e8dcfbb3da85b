import t from 'tap';
import { build, importHsNomenclature, importText } from '../helper.js';

// A UN Comtrade extract for Kazakhstan (398) and Uzbekistan (860), written by hand: HS2 and HS4 rows,
// weights for crude oil, a chapter (72) reported only through its headings, and one code HS 2022 lacks.
const HEADER = 'refYear,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,cmdCode,primaryValue,netWgt,qty,qtyUnitAbbr';
const ROWS = [
  '2020,398,KAZ,X,860,UZB,TOTAL,2133340000,,,',
  '2020,398,KAZ,X,860,UZB,27,900000000,,,',
  '2020,398,KAZ,X,860,UZB,2709,600000000,1500000000,1500000000,kg',
  '2020,398,KAZ,X,860,UZB,2710,300000000,,,N/A',
  '2020,398,KAZ,X,860,UZB,7207,150000000,,,',
  '2020,398,KAZ,X,860,UZB,7208,100000000,,,',
  '2020,398,KAZ,X,860,UZB,10,500000000,,,',
  '2020,398,KAZ,X,860,UZB,1001,480000000,2000000000,,',
  '2020,398,KAZ,X,860,UZB,2799,1000,,,',
  '2020,398,KAZ,M,860,UZB,52,200000000,,,',
  '2020,860,UZB,M,398,KAZ,27,950000000,,,',
  '2020,860,UZB,M,398,KAZ,72,260000000,,,',
  '2019,398,KAZ,X,860,UZB,27,800000000,,,',
  // A pair with chapters and no TOTAL row.
  '2020,860,UZB,X,762,TJK,27,100000000,,,',
  '2020,860,UZB,X,762,TJK,52,50000000,,,',
];
const FILE = [HEADER, ...ROWS].join('\n');

t.test('product-level figures from a Comtrade file (issue 11)', async (t) => {
  const app = await build(t);
  await importHsNomenclature(app);
  const summary = await importText(app, FILE, { format: 'comtrade', source: 'un-comtrade', onError: 'skip' });
  t.match(summary, { inserted: ROWS.length - 1, rejected: 1 });
  t.same(summary.rejectedSamples, [{ line: 10, reason: 'unknown commodity 2799: not in the HS2022 nomenclature' }], 'the unknown code is rejected and named');
  app.dataVersion.invalidate();

  t.test('bilateral with commodity=27 is the file figure, both sides', async (t) => {
    const body = (await app.inject('/v1/bilateral/KAZ/UZB?commodity=27&year=2020')).json();
    t.match(body, { commodity: { code: '27', level: 2, name: 'Mineral fuels and oils' }, source: 'un-comtrade' });
    t.match(body.data[0].exports, { value: 900_000_000, basis: 'reporter', derived: false, reported: { value: 900_000_000 }, mirror: { value: 950_000_000 } });
    t.match(body.data[0].imports, { value: null });
    const mirror = (await app.inject('/v1/bilateral/KAZ/UZB/mirror?commodity=27&year=2020')).json();
    t.match(
      mirror.data.find((r: { flow: string }) => r.flow === 'export'),
      { gap: 50_000_000 },
    );
    const growth = (await app.inject('/v1/bilateral/KAZ/UZB/growth?commodity=27&from=2019&to=2020&measure=exports')).json();
    t.match(growth, { start: { year: 2019, value: 800_000_000 }, end: { year: 2020, value: 900_000_000 }, changePct: 12.5 });
  });

  t.test('a chapter nobody reported is derived from its headings and flagged', async (t) => {
    const body = (await app.inject('/v1/bilateral/KAZ/UZB?commodity=72&year=2020')).json();
    t.match(body.data[0].exports, {
      value: 250_000_000,
      basis: 'reporter',
      derived: true,
      reported: { value: 250_000_000, derived: true },
      mirror: { value: 260_000_000, derived: false },
    });
    const total = (await app.inject('/v1/bilateral/KAZ/UZB?year=2020')).json();
    t.match(total.data[0].exports, { value: 2_133_340_000, derived: false }, 'the total is the reported TOTAL, never a sum of products');
  });

  t.test('products ranks the chapters with shares summing to 100 with the rest', async (t) => {
    const res = await app.inject('/v1/bilateral/KAZ/UZB/products?year=2020&limit=2');
    t.equal(res.statusCode, 200);
    const body = res.json();
    t.match(body, { flow: 'export', level: 2, parent: { code: 'TOTAL' }, source: 'un-comtrade', year: 2020 });
    t.same(
      body.data.map((p: { commodity: { code: string }; value: number }) => [p.commodity.code, p.value]),
      [
        ['27', 900_000_000],
        ['10', 500_000_000],
      ],
    );
    t.match(body.rest, { value: 250_000_000, derived: true });
    t.equal(body.total.value, 1_650_000_000);
    const shares = body.data.reduce((sum: number, p: { sharePct: number }) => sum + p.sharePct, 0) + body.rest.sharePct;
    t.ok(Math.abs(shares - 100) < 1e-9, `shares sum to 100 (${shares})`);
    t.match(body.parentFigure, { value: 2_133_340_000 }, 'the reported total beside the products');
    t.match(body.notes.join(' '), /sum to a different value than the reported total \(TOTAL\) \(2020: 77\.3%\)/);

    const imports = (await app.inject('/v1/bilateral/KAZ/UZB/products?year=2020&flow=import')).json();
    t.same(
      imports.data.map((p: { commodity: { code: string }; basis: string }) => [p.commodity.code, p.basis]),
      [['52', 'reporter']],
    );
    const mirrored = (await app.inject('/v1/bilateral/UZB/KAZ/products?year=2020&flow=import')).json();
    t.same(
      mirrored.data.map((p: { commodity: { code: string }; value: number; basis: string }) => [p.commodity.code, p.value, p.basis]),
      [
        ['27', 950_000_000, 'reporter'],
        ['10', 500_000_000, 'mirror'],
        ['72', 260_000_000, 'reporter'],
      ],
      "UZB's own imports first, KAZ's exports as the mirror where UZB reported none",
    );
  });

  t.test('headings of a chapter, with unit values where weights exist', async (t) => {
    const body = (await app.inject('/v1/bilateral/KAZ/UZB/products?year=2020&level=4&parent=27')).json();
    t.match(body.data, [
      { commodity: { code: '2709', name: /^Petroleum oils.*crude/ }, value: 600_000_000, netWeightKg: 1_500_000_000, unitValueUsdPerKg: 0.4 },
      { commodity: { code: '2710' }, value: 300_000_000, netWeightKg: null, unitValueUsdPerKg: null },
    ]);
    t.equal(body.parentFigure.value, 900_000_000);
    t.equal((await app.inject('/v1/bilateral/KAZ/UZB/products?level=2&parent=27')).statusCode, 400, 'a level at or above the parent is refused');
    const csv = await app.inject('/v1/bilateral/KAZ/UZB/products?year=2020&level=4&parent=27&format=csv');
    t.match(csv.headers['content-disposition'], /products-KAZ-UZB-export-hs4-27-2020\.csv/);
    t.match(csv.body, /2709,Petroleum oils/);
  });

  t.test('lists on the products routes: some goods among all, some partners', async (t) => {
    const listed = (await app.inject('/v1/bilateral/KAZ/UZB/products?year=2020&commodity=72,27')).json();
    t.same(
      listed.data.map((p: { rank: number; commodity: { code: string } }) => [p.rank, p.commodity.code]),
      [
        [1, '27'],
        [3, '72'],
      ],
      'ranked among every chapter',
    );
    t.equal(listed.total.value, 1_650_000_000, 'shares still of every chapter');
    t.equal(listed.rest.value, 500_000_000, 'the rest is chapter 10');
    t.match((await app.inject('/v1/bilateral/KAZ/UZB/products?commodity=2709')).json(), {
      status: 400,
      errors: [{ name: 'commodity', message: /level 4, not level 2/ }],
    });
    t.match((await app.inject('/v1/bilateral/KAZ/UZB/products?level=4&parent=27&commodity=7207')).json(), {
      status: 400,
      errors: [{ message: /not under the parent 27/ }],
    });
    t.equal((await app.inject('/v1/bilateral/KAZ/UZB/products?commodity=2799')).statusCode, 404);

    const toUzb = (await app.inject('/v1/countries/KAZ/products?year=2020&partner=UZB,KGZ')).json();
    t.equal(toUzb.total.value, 1_650_000_000, 'only trade with the partners listed');
    const none = (await app.inject('/v1/countries/KAZ/products?year=2020&partner=KGZ')).json();
    t.same(none.data, []);
    t.equal((await app.inject('/v1/countries/KAZ/products?partner=UZB&within=central-asia')).statusCode, 400, 'partner or within, not both');
    const central = (await app.inject('/v1/countries/KAZ/products?year=2020&within=central-asia')).json();
    t.match(central, { within: 'central-asia', total: { value: 1_650_000_000 } }, "trade with the group's other members");
    t.match((await app.inject('/v1/countries/KAZ/products?year=2020&within=eu')).json(), {
      status: 400,
      errors: [{ name: 'within', message: /KAZ is not a member of eu in 2020.*\(central-asia/ }],
    });
  });

  t.test('partners, country products and group trade take commodity too', async (t) => {
    const partners = (await app.inject('/v1/countries/KAZ/partners?commodity=27&year=2020&measure=exports')).json();
    t.match(partners, { commodity: { code: '27' }, data: [{ partner: { iso3: 'UZB' }, value: 900_000_000, sharePct: 100 }] });
    const exports = (await app.inject('/v1/countries/KAZ/products?year=2020')).json();
    t.same(
      exports.data.map((p: { commodity: { code: string } }) => p.commodity.code),
      ['27', '10', '72'],
    );
    const group = (await app.inject('/v1/groups/central-asia/trade?commodity=27&year=2020')).json();
    t.match(group, { commodity: { code: '27' }, data: [{ intra: { value: 1_000_000_000 } }] }, 'KAZ→UZB 900M and UZB→TJK 100M');
  });

  t.test('a pair without reported totals: the sums of its chapters, derived, and a note', async (t) => {
    const body = (await app.inject('/v1/bilateral/UZB/TJK?year=2020')).json();
    t.match(body.data[0].exports, { value: 150_000_000, derived: true, reported: { value: 150_000_000, derived: true } });
    t.match(body.notes[0], /no all-goods totals are reported for UZB-TJK: every figure is the sum of the reported HS chapters/);
    const reported = (await app.inject('/v1/bilateral/KAZ/UZB?year=2020')).json();
    t.match(reported.data[0].exports, { value: 2_133_340_000, derived: false }, 'a reported total is never replaced by a sum');
  });

  t.test('no figures at a level: the answer says what there is', async (t) => {
    const none = (await app.inject('/v1/bilateral/KAZ/UZB?commodity=01')).json();
    t.same(none.data, []);
    t.match(
      none.notes[0],
      /no figures for 01 \(Live animals\) for KAZ and UZB in any source; there are figures for all goods \(TOTAL\), HS chapters \(2 digits\), HS headings/,
    );
    const hs6 = (await app.inject('/v1/bilateral/KAZ/UZB/products?level=6')).json();
    t.match(hs6.notes[0], /no figures for HS subheadings \(6 digits\)/);
    const unknown = await app.inject('/v1/bilateral/KAZ/UZB?commodity=2799');
    t.equal(unknown.statusCode, 404);
    t.match(unknown.json(), { type: '/problems/unknown-commodity', commoditySuggestions: [{ code: '2701' }] });
  });
});

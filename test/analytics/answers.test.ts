import t, { type Test } from 'tap';
import { bilateralGrowth, bilateralMirror, bilateralSeries } from '../../src/analytics/bilateral.js';
import { groupTrade, membersIn } from '../../src/analytics/group-trade.js';
import { partnerRanking } from '../../src/analytics/partners.js';
import { ProblemError } from '../../src/problem.js';
import type { GroupTradeQuery, GrowthQuery, PairQuery, PartnersQuery } from '../../src/schemas/analytics.js';
import { FIXTURES, build, importFile, importText } from '../helper.js';

/**
 * The analytics answers as functions of (app, params), without HTTP. Expected figures are worked
 * out by hand from the rows below (US$ millions × 10^6), not with the code's arithmetic.
 *
 * test/fixtures/ingest/imf-dots.csv, source imf-dots:
 *   KAZ→UZB 2020: exports 2133.337432, imports 780.139
 *   KAZ→KGZ 2020: imports 512.5 (estimated), exports not reported
 *   SUN→DEU 1990: exports 1500.25 (estimated)
 *   UZB→KAZ 2020: exports 801.2, imports 2250
 */
const UN_COMTRADE = [
  'reporter_iso3,partner_iso3,year,exports_fob_usd_mn,imports_cif_usd_mn,exports_estimated,imports_estimated',
  'KAZ,UZB,2019,1000,400,0,0',
  'KAZ,UZB,2020,3000,,1,', // imf-dots has KAZ's 2020 exports too, as 2133.337432
  'KAZ,RUS,2019,500,,0,',
  'UZB,KAZ,2018,600,1100,0,0',
].join('\n');
// A source whose data end before everyone else's.
const IMF_IMTS = ['reporter_iso3,partner_iso3,year,exports_fob_usd_mn,imports_cif_usd_mn,exports_estimated,imports_estimated', 'KAZ,TJK,2015,100,50,0,0'].join(
  '\n',
);

// Figures of the fixture, in dollars.
const DOTS = {
  kazExportsUzb: 2_133_337_432,
  kazImportsUzb: 780_139_000,
  kazImportsKgz: 512_500_000,
  uzbExportsKaz: 801_200_000,
  uzbImportsKaz: 2_250_000_000,
};

const pair = (q: Partial<PairQuery>): PairQuery => ({ basis: 'reporter', ...q });
const growth = (q: Partial<GrowthQuery>): GrowthQuery => ({ basis: 'reporter', measure: 'total', ...q });
const partners = (q: Partial<PartnersQuery>): PartnersQuery => ({ basis: 'reporter', measure: 'total', limit: 20, ...q });

const near = (t: Tap, actual: number | null | undefined, expected: number, what: string) =>
  t.ok(typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≈ ${expected}`);
type Tap = Test;

/** The ProblemError a call throws (and a failed assertion if it throws something else or nothing). */
async function problemOf(t: Tap, call: Promise<unknown>, what: string): Promise<ProblemError['body'] | undefined> {
  try {
    await call;
  } catch (err) {
    t.ok(err instanceof ProblemError, `${what}: a ProblemError (got ${String(err)})`);
    return err instanceof ProblemError ? err.body : undefined;
  }
  t.fail(`${what}: expected a problem, got an answer`);
  return undefined;
}

t.test('analytics answers, called directly', async (t) => {
  const app = await build(t);
  // What a route hands group trade: the database it reads and that database's data version.
  const reads = { db: app.db, countries: app.countries, version: app.dataVersion };
  await importFile(app, new URL('ingest/imf-dots.csv', FIXTURES), { format: 'imf-dots' });
  await importText(app, UN_COMTRADE, { format: 'imf-dots', source: 'un-comtrade' });
  await importText(app, IMF_IMTS, { format: 'imf-dots', source: 'imf-imts' });
  const KAZ_UZB = { a: 'KAZ', b: 'UZB' };

  t.test('bilateralSeries: one year of imf-dots, both bases', async (t) => {
    const body = await bilateralSeries(reads, KAZ_UZB, pair({ source: 'imf-dots' }));
    t.match(body, { reporter: { iso3: 'KAZ', name: 'Kazakhstan' }, partner: { iso3: 'UZB' }, unit: 'USD', source: 'imf-dots', basis: 'reporter' });
    t.same(body.coverage, { reporter: [2020], partner: [2020] });
    t.equal(body.data.length, 1);
    const [row] = body.data;
    t.equal(row!.year, 2020);
    t.same(row!.exports, {
      value: DOTS.kazExportsUzb,
      basis: 'reporter',
      estimated: false,
      source: 'imf-dots',
      derived: false,
      reported: { value: DOTS.kazExportsUzb, estimated: false, source: 'imf-dots', derived: false },
      mirror: { value: DOTS.uzbImportsKaz, estimated: false, source: 'imf-dots', derived: false },
    });
    t.match(row!.imports, { value: DOTS.kazImportsUzb, basis: 'reporter', reported: { value: DOTS.kazImportsUzb }, mirror: { value: DOTS.uzbExportsKaz } });
    t.same(row!.total, { value: 2_913_476_432, basis: 'reporter', estimated: false, source: 'imf-dots', derived: false }, '2133337432 + 780139000');
    t.same(row!.balance, { value: 1_353_198_432, basis: 'reporter', estimated: false, source: 'imf-dots', derived: false }, '2133337432 - 780139000');
    t.equal(row!.totalYoyPct, null, 'no 2019 in imf-dots');

    const mirrored = await bilateralSeries(reads, KAZ_UZB, pair({ source: 'imf-dots', basis: 'partner' }));
    t.match(mirrored.data[0], {
      exports: { value: DOTS.uzbImportsKaz, basis: 'mirror' },
      imports: { value: DOTS.uzbExportsKaz, basis: 'mirror' },
      total: { value: 3_051_200_000, basis: 'mirror' },
      balance: { value: 1_448_800_000 },
    });
    t.equal(mirrored.basis, 'partner');
  });

  t.test("a source pin filters in SQL: only that source's figures, even where a higher-ranked source has one", async (t) => {
    const un = await bilateralSeries(reads, KAZ_UZB, pair({ source: 'un-comtrade' }));
    t.equal(un.source, 'un-comtrade');
    t.same(un.coverage, { reporter: [2019, 2020], partner: [2018] }, 'coverage of un-comtrade only (imf-dots covers 2020 on both sides)');
    t.same(
      un.data.map((r) => r.year),
      [2018, 2019, 2020],
    );
    const [y2018, y2019, y2020] = un.data;
    // 2018: only UZB reported; KAZ's figures are UZB's mirror.
    t.match(y2018, {
      exports: { value: 1_100_000_000, basis: 'mirror', reported: null },
      imports: { value: 600_000_000, basis: 'mirror' },
      total: { value: 1_700_000_000 },
    });
    t.match(y2019, {
      exports: { value: 1_000_000_000, basis: 'reporter', mirror: null },
      imports: { value: 400_000_000 },
      total: { value: 1_400_000_000 },
      balance: { value: 600_000_000 },
    });
    near(t, y2019!.totalYoyPct, -17.647058823529413, 'YoY 2019 = 1400/1700 - 1');
    // 2020: imf-dots reports KAZ's exports as 2133.337432 and ranks first; the pin must still answer un-comtrade's 3000.
    t.same(y2020!.exports, {
      value: 3_000_000_000,
      basis: 'reporter',
      estimated: true,
      source: 'un-comtrade',
      derived: false,
      reported: { value: 3_000_000_000, estimated: true, source: 'un-comtrade', derived: false },
      mirror: null,
    });
    t.match(
      y2020,
      { imports: { value: null, reported: null, mirror: null }, total: { value: null }, balance: { value: null }, totalYoyPct: null },
      "imf-dots' 2020 imports do not leak in",
    );
    for (const row of un.data) {
      for (const f of [row.exports, row.imports, row.total])
        if (f.value !== null) t.equal(f.source, 'un-comtrade', `${row.year}: every figure is un-comtrade's`);
    }

    const dots = await bilateralSeries(reads, KAZ_UZB, pair({ source: 'imf-dots', from: 2018, to: 2020 }));
    t.same(
      dots.data.map((r) => [r.year, r.exports.value, r.total.value]),
      [
        [2018, null, null],
        [2019, null, null],
        [2020, DOTS.kazExportsUzb, 2_913_476_432],
      ],
      'imf-dots: nothing from un-comtrade in 2018-2019',
    );

    // No pin: where both report the same figure, imf-dots (first in SOURCE_PRIORITY) answers.
    const any = await bilateralSeries(reads, KAZ_UZB, pair({ year: 2020 }));
    t.equal(any.data[0]!.exports.value, DOTS.kazExportsUzb);
    t.equal(any.data[0]!.exports.source, 'imf-dots');

    const imts = await bilateralSeries(reads, KAZ_UZB, pair({ source: 'imf-imts' }));
    t.same(imts, { ...imts, source: 'imf-imts', coverage: { reporter: [], partner: [] }, data: [] }, 'a known source without data for the pair: empty');
  });

  t.test('unknown source: a unknown-source problem listing the known ones', async (t) => {
    const calls: [string, () => Promise<unknown>][] = [
      ['series', () => bilateralSeries(reads, KAZ_UZB, pair({ source: 'nope' }))],
      ['growth', () => bilateralGrowth(reads, KAZ_UZB, growth({ source: 'nope' }))],
      ['mirror', () => bilateralMirror(reads, KAZ_UZB, pair({ source: 'nope' }))],
      ['partners', () => partnerRanking(reads, 'KAZ', partners({ source: 'nope' }))],
      ['group trade', () => groupTrade(reads, 'central-asia', { year: 2020, source: 'nope' })],
    ];
    for (const [what, call] of calls) {
      const body = await problemOf(t, call(), what);
      t.match(body, { type: '/problems/unknown-source', status: 404, detail: /nope.*imf-dots.*un-comtrade/, errors: [{ in: 'query', name: 'source' }] }, what);
    }
  });

  t.test('a pair of one country is an invalid-parameter problem, however it is spelt', async (t) => {
    for (const b of ['KAZ', 'kaz', 'KZ', '398']) {
      const body = await problemOf(t, bilateralSeries(reads, { a: 'KAZ', b }, pair({})), `KAZ/${b}`);
      t.match(
        body,
        { type: '/problems/invalid-parameter', status: 400, detail: /must differ/, errors: [{ in: 'path', name: 'b', message: /KAZ/ }] },
        `KAZ/${b}`,
      );
    }
    t.match(await problemOf(t, bilateralGrowth(reads, { a: 'UZB', b: 'uz' }, growth({})), 'growth UZB/uz'), { type: '/problems/invalid-parameter' });
    t.match(await problemOf(t, bilateralMirror(reads, { a: 'UZB', b: 'UZB' }, pair({})), 'mirror UZB/UZB'), { type: '/problems/invalid-parameter' });
    t.match(await problemOf(t, bilateralSeries(reads, { a: 'KAZ', b: 'XXX' }, pair({})), 'KAZ/XXX'), { type: '/problems/unknown-country', status: 404 });
  });

  t.test('bilateralGrowth', async (t) => {
    const un = await bilateralGrowth(reads, KAZ_UZB, growth({ source: 'un-comtrade', from: 2018, to: 2019 }));
    t.match(un, {
      source: 'un-comtrade',
      measure: 'total',
      start: { year: 2018, value: 1_700_000_000 },
      end: { year: 2019, value: 1_400_000_000 },
      change: -300_000_000,
      notes: [],
    });
    near(t, un.changePct, -17.647058823529413, 'change % 2018-2019');
    near(t, un.cagrPct, -17.647058823529413, 'CAGR over one year is the change');
    t.same(
      un.yoy.map((y) => [y.year, y.value]),
      [
        [2018, 1_700_000_000],
        [2019, 1_400_000_000],
      ],
    );
    t.equal(un.yoy[0]!.pct, null, 'no 2017 value');

    const exports = await bilateralGrowth(reads, KAZ_UZB, growth({ source: 'un-comtrade', measure: 'exports', from: 2019, to: 2020 }));
    t.match(exports, { measure: 'exports', start: { year: 2019, value: 1e9 }, end: { year: 2020, value: 3e9 }, change: 2e9, changePct: 200, notes: [] });
    near(t, exports.cagrPct, 200, 'CAGR exports 2019-2020');

    // Open range: the first and last years with a value of the measure, in the pinned source.
    const open = await bilateralGrowth(reads, KAZ_UZB, growth({ source: 'un-comtrade', measure: 'exports' }));
    t.match(open, { start: { year: 2018, value: 1_100_000_000 }, end: { year: 2020, value: 3e9 } });
    near(t, open.changePct, (3000 / 1100 - 1) * 100, 'change % 2018-2020');
    near(t, open.cagrPct, (Math.sqrt(3000 / 1100) - 1) * 100, 'CAGR over two years');

    const missingStart = await bilateralGrowth(reads, KAZ_UZB, growth({ source: 'imf-dots', from: 2017, to: 2020 }));
    t.match(missingStart, {
      start: { year: 2017, value: null },
      end: { year: 2020, value: 2_913_476_432 },
      change: null,
      changePct: null,
      cagrPct: null,
      notes: [/no total value for 2017/],
    });

    const missingEnd = await bilateralGrowth(reads, KAZ_UZB, growth({ source: 'un-comtrade', from: 2018, to: 2020 }));
    t.match(missingEnd, { end: { year: 2020, value: null }, change: null, changePct: null, notes: [/no total value for 2020/] });
  });

  t.test('growth of a pair with no data: null figures and a note', async (t) => {
    const none = await bilateralGrowth(reads, { a: 'FRA', b: 'JPN' }, growth({}));
    t.same(
      { start: none.start, end: none.end, change: none.change, changePct: none.changePct, cagrPct: none.cagrPct, yoy: none.yoy },
      { start: { year: null, value: null }, end: { year: null, value: null }, change: null, changePct: null, cagrPct: null, yoy: [] },
    );
    t.match(none.notes, [/no total values/]);
    t.same(none.coverage, { reporter: [], partner: [] });

    const ranged = await bilateralGrowth(reads, { a: 'FRA', b: 'JPN' }, growth({ from: 2017, to: 2020, measure: 'imports' }));
    t.match(ranged, {
      start: { year: 2017, value: null },
      end: { year: 2020, value: null },
      changePct: null,
      cagrPct: null,
      notes: [/no imports value for 2017/],
    });
    t.equal(ranged.yoy.length, 4);
    t.ok(
      ranged.yoy.every((y) => y.value === null && y.pct === null),
      'every year null, never 0',
    );
  });

  t.test("bilateralMirror: both sides' reports, gap and CIF/FOB ratio", async (t) => {
    const body = await bilateralMirror(reads, KAZ_UZB, pair({ source: 'imf-dots', year: 2020 }));
    t.equal(body.source, 'imf-dots');
    t.same(
      body.data.map((r) => [r.year, r.flow]),
      [
        [2020, 'export'],
        [2020, 'import'],
      ],
    );
    const [exp, imp] = body.data;
    // export: KAZ's exports (FOB) against UZB's imports from KAZ (CIF).
    t.match(exp, { reported: { value: DOTS.kazExportsUzb, source: 'imf-dots' }, mirror: { value: DOTS.uzbImportsKaz, source: 'imf-dots' }, gap: 116_662_568 });
    near(t, exp!.gapPct, 5.468547368553368, 'gap % export = 116662568 / 2133337432');
    near(t, exp!.cifFobRatio, 1.0546854736855338, 'CIF/FOB export = 2250000000 / 2133337432');
    // import: KAZ's imports (CIF) against UZB's exports to KAZ (FOB).
    t.match(imp, { reported: { value: DOTS.kazImportsUzb }, mirror: { value: DOTS.uzbExportsKaz }, gap: 21_061_000 });
    near(t, imp!.gapPct, 2.699647114168116, 'gap % import = 21061000 / 780139000');
    near(t, imp!.cifFobRatio, 0.9737131802296555, 'CIF/FOB import = 780139000 / 801200000');

    // One side missing: the report that exists, null gap.
    const un = await bilateralMirror(reads, KAZ_UZB, pair({ source: 'un-comtrade', year: 2018 }));
    t.match(un.data[0], {
      flow: 'export',
      reported: null,
      mirror: { value: 1_100_000_000, source: 'un-comtrade' },
      gap: null,
      gapPct: null,
      cifFobRatio: null,
    });
    t.match(un.data[1], { flow: 'import', reported: null, mirror: { value: 600_000_000 }, gap: null });

    const range = await bilateralMirror(reads, KAZ_UZB, pair({ source: 'un-comtrade' }));
    t.same(
      range.data.map((r) => `${r.year} ${r.flow}`),
      ['2018 export', '2018 import', '2019 export', '2019 import', '2020 export', '2020 import'],
    );
  });

  t.test('partnerRanking: shares and rest', async (t) => {
    // Total 2020: KGZ has imports only, so no total; UZB alone.
    const total = await partnerRanking(reads, 'KAZ', partners({}));
    t.equal(total.year, 2020, 'the latest year with data');
    t.match(total, {
      reporter: { iso3: 'KAZ' },
      measure: 'total',
      within: null,
      unit: 'USD',
      total: { value: 2_913_476_432, basis: 'reporter', estimated: false, source: 'imf-dots', derived: false },
      rest: { value: 0, sharePct: 0 },
    });
    t.equal(total.data.length, 1);
    t.match(total.data[0], { rank: 1, partner: { iso3: 'UZB' }, value: 2_913_476_432, sharePct: 100, basis: 'reporter', source: 'imf-dots' });

    // Imports 2020: UZB 780.139 + KGZ 512.5 = 1292.639.
    const imports = await partnerRanking(reads, 'KAZ', partners({ year: 2020, measure: 'imports' }));
    t.equal(imports.total.value, 1_292_639_000);
    t.same(
      imports.data.map((p) => [p.rank, p.partner.iso3, p.value]),
      [
        [1, 'UZB', 780_139_000],
        [2, 'KGZ', 512_500_000],
      ],
    );
    near(t, imports.data[0]!.sharePct, 60.35242631546782, 'UZB share of imports');
    near(t, imports.data[1]!.sharePct, 39.64757368453218, 'KGZ share of imports');
    t.match(imports.data[1], { estimated: true, basis: 'reporter' });
    t.same(imports.rest, { value: 0, basis: null, estimated: false, source: null, derived: false, sharePct: 0 }, 'nothing beyond the limit');

    const top1 = await partnerRanking(reads, 'KAZ', partners({ year: 2020, measure: 'imports', limit: 1 }));
    t.same(
      top1.data.map((p) => p.partner.iso3),
      ['UZB'],
    );
    t.equal(top1.total.value, 1_292_639_000, 'the total covers partners beyond the limit');
    t.equal(top1.rest.value, 512_500_000);
    near(t, top1.rest.sharePct, 39.64757368453218, 'rest share');
    near(t, top1.data[0]!.sharePct! + top1.rest.sharePct!, 100, 'shown + rest = 100 %');

    // Pinned source and a year of its own: un-comtrade 2019 exports, UZB 1000 and RUS 500.
    const un = await partnerRanking(reads, 'KAZ', partners({ year: 2019, measure: 'exports', source: 'un-comtrade', limit: 1 }));
    t.equal(un.total.value, 1_500_000_000);
    t.match(un.data, [{ partner: { iso3: 'UZB' }, value: 1e9, source: 'un-comtrade' }]);
    near(t, un.data[0]!.sharePct, 66.66666666666667, 'UZB 1000 / 1500');
    t.equal(un.rest.value, 5e8);
    near(t, un.rest.sharePct, 33.333333333333336, 'rest 500 / 1500');

    // A pin in 2020: un-comtrade's 3000 for UZB, not imf-dots' figure.
    const un2020 = await partnerRanking(reads, 'KAZ', partners({ year: 2020, measure: 'exports', source: 'un-comtrade' }));
    t.match(un2020, {
      total: { value: 3e9, estimated: true, source: 'un-comtrade', derived: false },
      data: [{ partner: { iso3: 'UZB' }, value: 3e9, estimated: true, source: 'un-comtrade', derived: false, sharePct: 100 }],
    });
    t.equal(un2020.data.length, 1);

    // Basis partner: UZB's reports first.
    const mirrored = await partnerRanking(reads, 'KAZ', partners({ year: 2020, basis: 'partner' }));
    t.match(mirrored.data, [{ partner: { iso3: 'UZB' }, value: 3_051_200_000, basis: 'mirror' }]);

    // within: shares among the group's other members of that year. EAEU 2020: ARM BLR KGZ RUS.
    const eaeu = await partnerRanking(reads, 'KAZ', partners({ year: 2020, measure: 'imports', within: 'eaeu' }));
    t.match(eaeu, { within: 'eaeu', total: { value: 512_500_000 }, data: [{ partner: { iso3: 'KGZ' }, sharePct: 100 }] });
    t.equal(eaeu.data.length, 1, 'UZB is not in the EAEU');

    // Nothing in the year: no partners, nothing to share.
    const empty = await partnerRanking(reads, 'KAZ', partners({ year: 2005 }));
    t.same(
      { total: empty.total, data: empty.data, rest: empty.rest },
      {
        total: { value: null, basis: null, estimated: false, source: null, derived: false },
        data: [],
        rest: { value: 0, basis: null, estimated: false, source: null, derived: false, sharePct: null },
      },
      'no partner: the total is unknown, the rest is nothing',
    );

    t.match(await problemOf(t, partnerRanking(reads, 'KAZ', partners({ year: 2020, within: 'gcc' })), 'within gcc'), {
      type: '/problems/invalid-parameter',
      errors: [{ name: 'within', message: /not a member of gcc/ }],
    });
  });

  t.test('groupTrade: one year', async (t) => {
    const whole = await groupTrade(reads, 'central-asia', { year: 2020 });
    t.match(whole, { group: 'central-asia', unit: 'USD', source: 'imf-dots' });
    const body = whole.data[0]!;
    t.match(body, { group: 'central-asia', year: 2020, unit: 'USD' });
    t.same(
      body.members.map((m) => m.iso3),
      ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
    );
    t.equal(body.matrix.length, 20, '5 × 4 ordered pairs');
    // KAZ→UZB (imf-dots, ranked before un-comtrade's 3000), UZB→KAZ, KGZ→KAZ (KAZ's imports: the mirror).
    const cells = body.matrix.filter((c) => c.value !== null).map((c) => [c.reporter.iso3, c.partner.iso3, c.value, c.basis]);
    t.same(cells, [
      ['KAZ', 'UZB', DOTS.kazExportsUzb, 'reporter'],
      ['KGZ', 'KAZ', DOTS.kazImportsKgz, 'mirror'],
      ['UZB', 'KAZ', DOTS.uzbExportsKaz, 'reporter'],
    ]);
    t.ok(
      body.matrix.filter((c) => c.value === null).every((c) => c.basis === null),
      'no basis where there is no value',
    );
    t.same(
      { intra: body.intra, extra: body.extra, total: body.total, share: body.intraSharePct },
      {
        // KGZ→KAZ is KAZ's estimated import report (the mirror): the sums are estimated and of mixed basis.
        intra: { value: 3_447_037_432, basis: null, estimated: true, source: 'imf-dots', derived: false },
        extra: { value: 0, basis: null, estimated: false, source: null, derived: false },
        total: { value: 3_447_037_432, basis: null, estimated: true, source: 'imf-dots', derived: false },
        share: 100,
      },
    );

    const pinned = (await groupTrade(reads, 'central-asia', { year: 2019, source: 'un-comtrade' })).data[0]!;
    // 2019: KAZ→UZB 1000 (reporter), UZB→KAZ 400 (KAZ's imports: mirror), KAZ→RUS 500 (extra-group).
    t.same(
      pinned.matrix.filter((c) => c.value !== null).map((c) => [c.reporter.iso3, c.partner.iso3, c.value, c.basis]),
      [
        ['KAZ', 'UZB', 1e9, 'reporter'],
        ['UZB', 'KAZ', 4e8, 'mirror'],
      ],
    );
    t.same([pinned.intra.value, pinned.extra.value, pinned.total.value], [1.4e9, 5e8, 1.9e9]);
    near(t, pinned.intraSharePct, 73.6842105263158, 'intra share 1400 / 1900');

    const pinned2020 = (await groupTrade(reads, 'central-asia', { year: 2020, source: 'un-comtrade' })).data[0]!;
    t.equal(pinned2020.intra.value, 3e9, "un-comtrade's KAZ→UZB alone, none of imf-dots' figures");

    t.match(await problemOf(t, groupTrade(reads, 'atlantis', { year: 2020 }), 'atlantis'), {
      type: '/problems/unknown-group',
      errors: [{ in: 'path', name: 'id' }],
      detail: /central-asia/,
    });
  });

  t.test("groupTrade: a range answers one object per year, with each year's members", async (t) => {
    const q: GroupTradeQuery = { from: 2018, to: 2020, source: 'un-comtrade' };
    const body = await groupTrade(reads, 'central-asia', q);
    t.same(Object.keys(body), ['group', 'commodity', 'unit', 'source', 'data', 'notes']);
    t.equal(body.group, 'central-asia');
    t.same(
      body.data.map((y) => y.year),
      [2018, 2019, 2020],
    );
    // 2018: UZB→KAZ 600 (reporter), KAZ→UZB 1100 (UZB's imports: mirror).
    t.same(
      body.data.map((y) => y.intra.value),
      [1.7e9, 1.4e9, 3e9],
    );
    t.same(
      body.data.map((y) => y.extra.value),
      [0, 5e8, 0],
    );
    for (const y of body.data) t.equal(y.matrix.length, 20, `${y.year}: every ordered pair`);
    t.match(
      body.data[0]!.matrix.find((c) => c.reporter.iso3 === 'KAZ' && c.partner.iso3 === 'UZB'),
      { value: 1_100_000_000, basis: 'mirror' },
    );

    // EAEU starts in 2015: no members in 2014 (KAZ's exports to TJK that year count for nobody),
    // five in 2015, trading only with TJK (imf-imts: KAZ→TJK 100, extra-group; TJK→KAZ is no member's export).
    const eaeu = await groupTrade(reads, 'eaeu', { from: 2014, to: 2015 });
    const [y2014, y2015] = eaeu.data;
    t.match(y2014, { year: 2014, members: [], matrix: [], intra: { value: 0 }, extra: { value: 0 }, total: { value: 0 }, intraSharePct: null });
    t.same(
      y2015!.members.map((m) => m.iso3),
      ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS'],
    );
    t.equal(y2015!.matrix.length, 20);
    t.ok(
      y2015!.matrix.every((c) => c.value === null && c.basis === null),
      'no trade among members: every cell null, not 0',
    );
    t.same([y2015!.intra.value, y2015!.extra.value, y2015!.total.value, y2015!.intraSharePct], [0, 1e8, 1e8, 0]);
  });

  t.test("a pinned source's default year is its own latest", async (t) => {
    // imf-imts covers KAZ in 2015 only (KAZ→TJK exports 100, imports 50).
    const imts = await partnerRanking(reads, 'KAZ', partners({ source: 'imf-imts' }));
    t.equal(imts.year, 2015, 'the year imf-imts covers');
    t.match(imts, { total: { value: 150_000_000, source: 'imf-imts' }, data: [{ partner: { iso3: 'TJK' }, value: 150_000_000 }] }, 'its figures');
  });
});

t.test('membersIn: inclusive periods, open bounds, sorted and unique (no database)', async (t) => {
  const periods = [
    { iso3: 'ZZZ', fromYear: null, toYear: null }, // always
    { iso3: 'BBB', fromYear: 2000, toYear: null }, // from 2000 on
    { iso3: 'CCC', fromYear: null, toYear: 2010 }, // until 2010
    { iso3: 'DDD', fromYear: 2000, toYear: 2010 },
    { iso3: 'EEE', fromYear: 2005, toYear: 2005 }, // one year
    { iso3: 'BBB', fromYear: 1990, toYear: 1995 }, // BBB's earlier membership
    { iso3: 'EEE', fromYear: 2003, toYear: 2007 }, // overlaps its other period
  ];
  const cases: [number, string[]][] = [
    [1989, ['CCC', 'ZZZ']],
    [1990, ['BBB', 'CCC', 'ZZZ']],
    [1995, ['BBB', 'CCC', 'ZZZ']],
    [1996, ['CCC', 'ZZZ']],
    [1999, ['CCC', 'ZZZ']],
    [2000, ['BBB', 'CCC', 'DDD', 'ZZZ']],
    [2003, ['BBB', 'CCC', 'DDD', 'EEE', 'ZZZ']],
    [2005, ['BBB', 'CCC', 'DDD', 'EEE', 'ZZZ']],
    [2008, ['BBB', 'CCC', 'DDD', 'ZZZ']],
    [2010, ['BBB', 'CCC', 'DDD', 'ZZZ']],
    [2011, ['BBB', 'ZZZ']],
    [2100, ['BBB', 'ZZZ']],
  ];
  for (const [year, expected] of cases) t.same(membersIn(periods, year), expected, String(year));
  t.same(membersIn([], 2020), []);
  t.same(membersIn([{ iso3: 'GBR', fromYear: 1973, toYear: 2020 }], 2020), ['GBR'], 'the last year is inside');
  t.same(membersIn([{ iso3: 'GBR', fromYear: 1973, toYear: 2020 }], 2021), [], 'the year after is not');
  t.same(membersIn([{ iso3: 'GBR', fromYear: 1973, toYear: 2020 }], 1972), [], 'nor the year before the first');
});

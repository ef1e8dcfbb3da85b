import { existsSync } from 'node:fs';
import t from 'tap';
import { SHARED_DATA, build, importFile } from '../helper.js';
import { DotsFile, close } from './reference-computation.js';

const file = new URL('imf-dots/central_asia_intra_2000_2020.csv', SHARED_DATA);
const C5 = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

t.test('figures from the IMF Central Asia file equal an independent computation', { skip: !existsSync(file) && `${file.pathname} is absent` }, async (t) => {
  // With the demo data beside the IMF file, as a new user who imports it sees them: answers must not mix the two.
  const app = await build(t, { demo: true });
  await importFile(app, file, { format: 'imf-dots' });
  const dots = new DotsFile(file);
  const near = (actual: number | null, expected: number | undefined, what: string) => t.ok(close(actual, expected), `${what}: ${actual} ≈ ${expected}`);

  t.test('bilateral KAZ-UZB 2017-2020', async (t) => {
    const res = await app.inject('/v1/bilateral/KAZ/UZB?from=2017&to=2020');
    t.equal(res.statusCode, 200);
    const body = res.json();
    t.same(
      body.data.map((r: { year: number }) => r.year),
      [2017, 2018, 2019, 2020],
    );
    for (const row of body.data) {
      const y = row.year;
      near(row.exports.value, dots.exports('KAZ', 'UZB', y), `exports ${y}`);
      near(row.imports.value, dots.imports('KAZ', 'UZB', y), `imports ${y}`);
      near(row.exports.mirror.value, dots.reported('UZB', 'KAZ', y, 'import'), `exports mirror ${y}`);
      near(row.imports.mirror.value, dots.reported('UZB', 'KAZ', y, 'export'), `imports mirror ${y}`);
      near(row.total.value, dots.total('KAZ', 'UZB', y), `total ${y}`);
      near(row.balance.value, dots.exports('KAZ', 'UZB', y)! - dots.imports('KAZ', 'UZB', y)!, `balance ${y}`);
      near(row.totalYoyPct, (dots.total('KAZ', 'UZB', y)! / dots.total('KAZ', 'UZB', y - 1)! - 1) * 100, `yoy ${y}`);
      t.match(row.exports, { basis: 'reporter', source: 'imf-dots' });
    }
    t.equal(body.unit, 'USD');
    t.same(body.coverage.reporter.length, 21);
  });

  t.test('growth KAZ-UZB 2017-2020 (+47% in the IMF data)', async (t) => {
    const body = (await app.inject('/v1/bilateral/KAZ/UZB/growth?from=2017&to=2020')).json();
    const v0 = dots.total('KAZ', 'UZB', 2017)!;
    const v1 = dots.total('KAZ', 'UZB', 2020)!;
    near(body.start.value, v0, 'start');
    near(body.end.value, v1, 'end');
    near(body.change, v1 - v0, 'change');
    near(body.changePct, (v1 / v0 - 1) * 100, 'change %');
    near(body.cagrPct, ((v1 / v0) ** (1 / 3) - 1) * 100, 'CAGR %');
    t.ok(body.changePct > 46 && body.changePct < 48, `${body.changePct.toFixed(1)}%`);
    t.equal(body.yoy.length, 4);
    for (const m of ['exports', 'imports'] as const) {
      const g = (await app.inject(`/v1/bilateral/KAZ/UZB/growth?from=2017&to=2020&measure=${m}`)).json();
      const a = m === 'exports' ? dots.exports('KAZ', 'UZB', 2017)! : dots.imports('KAZ', 'UZB', 2017)!;
      const b = m === 'exports' ? dots.exports('KAZ', 'UZB', 2020)! : dots.imports('KAZ', 'UZB', 2020)!;
      near(g.changePct, (b / a - 1) * 100, `${m} change %`);
    }
  });

  t.test('mirror KAZ-UZB 2017-2020', async (t) => {
    const body = (await app.inject('/v1/bilateral/KAZ/UZB/mirror?from=2017&to=2020')).json();
    t.equal(body.data.length, 8);
    for (const row of body.data) {
      const y = row.year;
      const reported = dots.reported('KAZ', 'UZB', y, row.flow)!;
      const mirror = dots.reported('UZB', 'KAZ', y, row.flow === 'export' ? 'import' : 'export')!;
      near(row.reported.value, reported, `${row.flow} reported ${y}`);
      near(row.mirror.value, mirror, `${row.flow} mirror ${y}`);
      near(row.gap, mirror - reported, `${row.flow} gap ${y}`);
      near(row.gapPct, ((mirror - reported) / reported) * 100, `${row.flow} gap % ${y}`);
      near(row.cifFobRatio, row.flow === 'export' ? mirror / reported : reported / mirror, `${row.flow} CIF/FOB ${y}`);
    }
  });

  t.test("KAZ's partners within Central Asia, 2020 (Uzbekistan 55-63% in 2017-2020)", async (t) => {
    const body = (await app.inject('/v1/countries/KAZ/partners?year=2020&within=central-asia')).json();
    const values = C5.filter((c) => c !== 'KAZ')
      .map((p) => [p, dots.total('KAZ', p, 2020)!] as const)
      .sort((a, b) => b[1] - a[1]);
    const sum = values.reduce((s, [, v]) => s + v, 0);
    near(body.total.value, sum, 'total');
    t.match(body.total, { basis: 'reporter', estimated: false, source: 'imf-dots', derived: false }, 'the total is a figure like every other');
    t.same(
      body.data.map((r: { partner: { iso3: string } }) => r.partner.iso3),
      values.map(([p]) => p),
    );
    body.data.forEach((row: { rank: number; value: number; sharePct: number }, i: number) => {
      t.equal(row.rank, i + 1);
      near(row.value, values[i]![1], `value ${values[i]![0]}`);
      near(row.sharePct, (values[i]![1] / sum) * 100, `share ${values[i]![0]}`);
    });
    t.same(body.rest, { value: 0, basis: null, estimated: false, source: null, derived: false, sharePct: 0 });
    // Issue 10: a share-over-time chart in one call: one ranking per year, each the year's own answer.
    const range = (await app.inject('/v1/countries/KAZ/partners?from=2017&to=2020&within=central-asia')).json();
    t.match(range, { year: 2020, source: 'imf-dots' }, 'the top level is the last year');
    t.same(
      range.years.map((r: { year: number }) => r.year),
      [2017, 2018, 2019, 2020],
    );
    for (const [k, year] of [2017, 2018, 2019, 2020].entries()) {
      const single = (await app.inject(`/v1/countries/KAZ/partners?year=${year}&within=central-asia`)).json();
      t.same(range.years[k], single.years[0], `${year}: the range's ranking is the year's own`);
      const uzb = single.data.find((r: { partner: { iso3: string } }) => r.partner.iso3 === 'UZB');
      t.ok(uzb.sharePct >= 55 && uzb.sharePct <= 63, `${year}: Uzbekistan ${uzb.sharePct.toFixed(1)}%`);
    }
    const tooLong = await app.inject('/v1/countries/KAZ/partners?from=1990&to=2020');
    t.equal(tooLong.statusCode, 400, 'at most 30 years of rankings');
  });

  t.test('central-asia trade 2020', async (t) => {
    const body = (await app.inject('/v1/groups/central-asia/trade?year=2020')).json().data[0];
    let intra = 0;
    for (const i of C5) for (const j of C5) if (i !== j) intra += dots.exports(i, j, 2020) ?? 0;
    near(body.intra.value, intra, 'intra');
    t.equal(body.matrix.length, 20);
    for (const cell of body.matrix) near(cell.value, dots.exports(cell.reporter.iso3, cell.partner.iso3, 2020), `${cell.reporter.iso3}->${cell.partner.iso3}`);
    // The subset file holds only trade among the five, so nothing is extra-group here.
    t.equal(body.extra.value, 0);
    near(body.intraSharePct, 100, 'intra share');
    t.same(
      body.members.map((m: { iso3: string }) => m.iso3),
      C5,
    );
    const range = (await app.inject('/v1/groups/central-asia/trade?from=2019&to=2020')).json();
    t.same(
      range.data.map((d: { year: number }) => d.year),
      [2019, 2020],
    );
    near(range.data[1].intra.value, intra, 'range 2020 intra');

    // A range is read in one query and each year's membership applied in memory: every year must
    // equal its single-year answer, across a change of membership (the EAEU from 2015: KAZ and KGZ
    // members, what they sell to TJK, TKM and UZB extra; before it, no members at all).
    for (const [group, from, to] of [
      ['eaeu', 2013, 2016],
      ['central-asia', 2015, 2017],
    ] as const) {
      const years = (await app.inject(`/v1/groups/${group}/trade?from=${from}&to=${to}`)).json().data;
      for (const [k, year] of years.map((d: { year: number }) => d.year).entries()) {
        t.same(years[k], (await app.inject(`/v1/groups/${group}/trade?year=${year}`)).json().data[0], `${group} ${year}: the range answers as the year alone`);
      }
    }
    const eaeu2015 = (await app.inject('/v1/groups/eaeu/trade?year=2015')).json().data[0];
    t.ok(eaeu2015.extra.value > 0 && eaeu2015.intra.value > 0, 'members trade among themselves and with the rest of Central Asia');
    t.equal((await app.inject('/v1/groups/eaeu/trade?year=2014')).json().data[0].total.value, 0, 'no members before 2015');
  });

  t.test('one source per answer: the IMF file and the article never mix silently (DESIGN, "Answers are honest")', async (t) => {
    const growth = (await app.inject('/v1/bilateral/KAZ/UZB/growth')).json();
    const [v2000, v2020] = [dots.total('KAZ', 'UZB', 2000)!, dots.total('KAZ', 'UZB', 2020)!];
    t.match(
      growth,
      { source: 'imf-dots', start: { year: 2000 }, end: { year: 2020 } },
      "no parameters: the IMF's own span, not IMF 2000 to the article's 2022",
    );
    near(growth.changePct, (v2020 / v2000 - 1) * 100, 'the IMF figure');
    t.match(growth.notes, [/seed-article/], 'the note names the other source');
    t.ok(
      growth.yoy.every((y: { year: number; value: number | null }) => y.year <= 2020),
      'no year of the article',
    );

    const article = (await app.inject('/v1/bilateral/KAZ/UZB/growth?from=2017&to=2022')).json();
    t.match(article, { source: 'seed-article', start: { year: 2017 }, end: { year: 2022, value: 5e9 } }, 'the only source with both ends');
    t.equal(Math.round(article.changePct), 29, "the article's +29%, not +152% from the IMF's 2017");

    const split = (await app.inject('/v1/bilateral/KAZ/UZB/growth?from=2015&to=2022')).json();
    t.match(split, { source: null, start: { year: 2015, value: null }, end: { year: 2022, value: null }, changePct: null, cagrPct: null });
    t.match(split.notes, [/no single source .* 2015: imf-dots; 2022: seed-article/], 'which source covers which end');

    const mixed = (await app.inject('/v1/bilateral/KAZ/UZB/growth?from=2017&to=2022&source=any')).json();
    t.match(mixed, { source: 'any', start: { value: dots.total('KAZ', 'UZB', 2017) }, end: { value: 5e9 } });
    t.match(mixed.notes, [/source=any: figures mix imf-dots, seed-article/], 'mixing is opted into and said');

    const partners = (await app.inject('/v1/countries/KAZ/partners')).json();
    t.match(partners, { year: 2020, source: 'imf-dots' }, "the default year is the IMF's latest, not the article's lone 2022");
    t.ok(partners.data[0].sharePct < 100, 'UZB is not 100% of KAZ trade');
    t.ok(
      partners.data.every((p: { source: string }) => p.source === 'imf-dots'),
      'every partner from the one source',
    );

    const series = (await app.inject('/v1/bilateral/KAZ/UZB?from=2019&to=2022')).json();
    t.equal(series.source, 'imf-dots', 'most values in 2019-2022');
    t.same(
      series.data.map((r: { year: number; total: { value: number | null } }) => [r.year, r.total.value === null]),
      [
        [2019, false],
        [2020, false],
        [2021, true],
        [2022, true],
      ],
      "2022 is null: the article's figure is another source's",
    );
    t.match(series.notes, [/imf-dots has no data for KAZ-UZB in 2021-2022.*covers 2000-2020/, /also has data: seed-article/]);

    const outside = (await app.inject('/v1/countries/KAZ/partners?year=2023')).json();
    t.match(outside, { year: 2023, source: null, data: [], notes: [/no data for KAZ in 2023; data covers 2000-2020, 2022/] });

    const group = (await app.inject('/v1/groups/central-asia/trade')).json();
    t.match(group, { source: 'imf-dots', data: [{ year: 2020 }] }, "the group's default year: the latest of the chosen source");
  });
});

import t from 'tap';
import { SHARED_DATA, build, importFile, importHsNomenclature, importText } from '../helper.js';

const CENTRAL_ASIA = new URL('imf-dots/central_asia_intra_2000_2020.csv', SHARED_DATA);

t.test('availability: what each reporter reported, per year and source (issue 11)', async (t) => {
  const app = await build(t, { demo: true });
  await importFile(app, CENTRAL_ASIA, { format: 'imf-dots' });
  await importHsNomenclature(app);
  await importText(
    app,
    'reporter,partner,year,flow,commodity,value_usd,net_weight_kg\nKAZ,UZB,2020,export,27,900000000,\nKAZ,UZB,2020,export,2709,600000000,1500000000\n',
    {
      format: 'canonical',
      source: 'un-comtrade',
    },
  );
  app.dataVersion.invalidate();

  const res = await app.inject('/v1/availability?reporter=KAZ&limit=100');
  t.equal(res.statusCode, 200);
  const rows = res.json().data as {
    reporter: { iso3: string };
    year: number;
    source: string;
    partners: number;
    levels: number[];
    release: number;
    releasedAt: string;
  }[];
  const dots = rows.filter((r) => r.source === 'imf-dots');
  t.same(
    dots.map((r) => r.year),
    Array.from({ length: 21 }, (_, i) => 2000 + i),
    'imf-dots covers KAZ 2000-2020',
  );
  t.ok(
    dots.every((r) => r.reporter.iso3 === 'KAZ' && r.partners === 4 && r.levels.join() === '0'),
    'the four other Central Asian countries, totals only',
  );
  t.match(
    rows.find((r) => r.source === 'un-comtrade'),
    { year: 2020, partners: 1, levels: [2, 4], flows: ['export'] },
    'the product levels present',
  );
  t.match(
    rows.find((r) => r.source === 'seed-article'),
    { year: 2017 },
    'the demo article too',
  );
  t.match(dots[0]!.releasedAt, /^\d{4}-\d{2}-\d{2}T/, 'the release and when it committed');
  t.equal((await app.inject(`/v1/releases/${dots[0]!.release}`)).json().source, 'imf-dots');

  t.same(
    (await app.inject('/v1/availability?reporter=KAZ&level=4')).json().data.map((r: { source: string; year: number }) => [r.source, r.year]),
    [['un-comtrade', 2020]],
    'level filters by the commodity level',
  );
  const partner = (await app.inject('/v1/availability?partner=KAZ&year=2020&source=imf-dots')).json().data;
  t.same(
    partner.map((r: { reporter: { iso3: string } }) => r.reporter.iso3),
    ['KGZ', 'TJK', 'TKM', 'UZB'],
    'who reported trade with KAZ in 2020',
  );

  // No filter: the whole table, paged.
  const first = (await app.inject('/v1/availability?limit=5')).json();
  t.equal(first.data.length, 5);
  const second = (await app.inject(`/v1/availability?limit=5&cursor=${first.page.next}`)).json();
  t.equal(second.data.length, 5);
  const key = (r: { reporter: { iso3: string }; year: number; source: string }) => `${r.reporter.iso3}|${r.year}|${r.source}`;
  const all = (await app.inject('/v1/availability?limit=10')).json().data.map(key);
  t.same([...first.data, ...second.data].map(key), all, 'the next page starts right after the last row');
  const csv = await app.inject('/v1/availability?reporter=KAZ&format=csv');
  t.match(csv.body, /^reporter,reporterName,year,source,partners,levels,flows,release,releasedAt\r?\nKAZ,Kazakhstan,2000,imf-dots,4,0,export import,/);

  t.equal((await app.inject('/v1/availability?reporter=XXX')).statusCode, 404);
  t.equal((await app.inject('/v1/availability?level=3')).statusCode, 400);
  t.equal((await app.inject('/v1/availability?source=nope')).statusCode, 404);
});

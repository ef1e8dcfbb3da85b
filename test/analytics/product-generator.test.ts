import t from 'tap';
import { dotsTotals, headingTree, productLines, productStream } from '../../bench/product-generator.js';
import { HS_NOMENCLATURE, SHARED_DATA, build, importFile, importHsNomenclature, importText } from '../helper.js';

const CENTRAL_ASIA = new URL('imf-dots/central_asia_intra_2000_2020.csv', SHARED_DATA);

t.test('the product generator: chapters sum to each reported total, headings to their chapter, to the cent', async (t) => {
  const tree = await headingTree(HS_NOMENCLATURE);
  t.equal(tree.size, 97);
  const total = { reporter: 'KAZ', partner: 'UZB', year: 2020, flow: 'export' as const, cents: 213_333_743_200, estimated: false };
  const lines = productLines(total, tree);
  t.same(productLines(total, tree), lines, 'deterministic');
  const cents = (line: string) => Math.round(Number(line.split(',')[5]) * 100);
  const chapters = lines.filter((l) => l.split(',')[4]!.length === 2);
  t.equal(chapters.length, 10);
  t.equal(
    chapters.reduce((sum, l) => sum + cents(l), 0),
    total.cents,
    'chapters sum to the total',
  );
  for (const chapter of chapters) {
    const code = chapter.split(',')[4]!;
    const headings = lines.filter((l) => l.split(',')[4]!.length === 4 && l.split(',')[4]!.startsWith(code));
    t.equal(
      headings.reduce((sum, l) => sum + cents(l), 0),
      cents(chapter),
      `headings of ${code} sum to it`,
    );
  }
  const next = productLines({ ...total, year: 2019 }, tree);
  t.same(
    next.map((l) => l.split(',')[4]),
    lines.map((l) => l.split(',')[4]),
    'the same goods every year',
  );
});

t.test('generated products under the IMF Central Asia totals, through the API', async (t) => {
  const app = await build(t);
  await importHsNomenclature(app);
  // The totals and their products in one source, as a statistics office publishes both.
  await importFile(app, CENTRAL_ASIA, { format: 'imf-dots', source: 'un-comtrade' });
  const counter = { rows: 0 };
  const chunks: string[] = [];
  for await (const chunk of productStream(dotsTotals(CENTRAL_ASIA), await headingTree(HS_NOMENCLATURE), undefined, counter)) chunks.push(String(chunk));
  const summary = await importText(app, chunks.join(''), { format: 'canonical', source: 'un-comtrade' });
  t.match(summary, { rejected: 0, inserted: counter.rows });
  app.dataVersion.invalidate();

  const products = (await app.inject('/v1/bilateral/KAZ/UZB/products?from=2000&to=2020&limit=3')).json();
  t.equal(products.years.length, 21);
  for (const year of products.years) {
    t.ok(Math.abs(year.total.value - year.parentFigure.value) < 0.01, `${year.year}: the chapters sum to the reported total`, {
      total: year.total,
      parent: year.parentFigure,
    });
  }
  t.notOk(
    products.notes.some((n: string) => /sum to a different value/.test(n)),
    'no unallocated note',
  );
  const top = products.data[0];
  const bilateral = (await app.inject(`/v1/bilateral/KAZ/UZB?commodity=${top.commodity.code}&year=2020`)).json();
  t.equal(bilateral.data[0].exports.value, top.value, 'the chapter figure is the same through the bilateral route');
  t.ok(top.unitValueUsdPerKg > 0, 'weights give unit values');
});

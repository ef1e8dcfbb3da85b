import { Readable } from 'node:stream';
import t from 'tap';
import { importNomenclature } from '../../src/ingest/nomenclature.js';
import { ImportRejectedError } from '../../src/ingest/import.js';
import { build, importHsNomenclature } from '../helper.js';

t.test('a fresh start names the 97 chapters in the project words', async (t) => {
  const app = await build(t);
  const res = await app.inject('/v1/commodities?limit=1000');
  t.equal(res.statusCode, 200);
  const data = res.json().data as { code: string; level: number; name: string; description: string | null }[];
  t.equal(data.length, 97);
  t.ok(data.every((c) => c.level === 2 && c.name.length > 0 && c.description === null));
  t.notOk(
    data.some((c) => c.code === '77'),
    'chapter 77 is reserved',
  );
  t.match((await app.inject('/v1/commodities/27')).json(), { code: '27', name: 'Mineral fuels and oils', section: 'V', ancestors: [], children: [] });

  const unknown = await app.inject('/v1/commodities/2709');
  t.equal(unknown.statusCode, 404);
  t.match(unknown.json(), {
    type: '/problems/unknown-commodity',
    detail: /Did you mean 27 .*until a nomenclature is imported/,
    commoditySuggestions: [{ code: '27' }],
  });
});

t.test('the HS 2022 nomenclature: search, children, ancestors', async (t) => {
  const app = await build(t);
  const summary = await importHsNomenclature(app);
  t.match(summary, { inserted: 6939 - 97, updated: 97, rejected: 0, allGoodsRows: 1 });

  const crude = (await app.inject('/v1/commodities?q=crude')).json().data.map((c: { code: string }) => c.code);
  t.ok(crude.includes('2709'), 'q=crude finds 2709');
  t.same(
    (await app.inject('/v1/commodities?q=2709')).json().data.map((c: { code: string }) => c.code),
    ['2709', '270900'],
    'a code prefix',
  );

  const chapter = (await app.inject('/v1/commodities/27')).json();
  t.equal(chapter.name, 'Mineral fuels and oils', 'the short name stays');
  t.match(chapter.description, /^Mineral fuels, mineral oils/);
  t.same(
    chapter.children.map((c: { code: string }) => c.code),
    ['2701', '2702', '2703', '2704', '2705', '2706', '2707', '2708', '2709', '2710', '2711', '2712', '2713', '2714', '2715', '2716'],
  );
  const sub = (await app.inject('/v1/commodities/270900')).json();
  t.same(
    sub.ancestors.map((c: { code: string }) => c.code),
    ['27', '2709'],
  );
  t.equal((await app.inject('/v1/commodities?parent=2709')).json().data.length, 1);
  t.equal((await app.inject('/v1/commodities?parent=TOTAL&level=2&limit=1000')).json().data.length, 97);
  t.equal((await app.inject('/v1/commodities?level=4&limit=10000')).json().data.length, 1229);

  const paged = (await app.inject('/v1/commodities?level=6&limit=2&q=horses')).json();
  t.equal(paged.data.length, 2);
  const next = (await app.inject(`/v1/commodities?level=6&limit=2&q=horses&cursor=${paged.page.next}`)).json();
  const all = (await app.inject('/v1/commodities?level=6&limit=4&q=horses')).json().data.map((c: { code: string }) => c.code);
  t.equal(all.length, 4, 'a full page: HS 2022 has 15 subheadings that mention horses');
  t.same(
    [...paged.data, ...next.data].map((c: { code: string }) => c.code),
    all,
    'the cursor continues right after the last code',
  );

  const csv = await app.inject('/v1/commodities?parent=27&format=csv');
  t.match(csv.headers['content-type'], /text\/csv/);
  t.match(csv.body.split('\r\n')[0], /^code,level,name,parent,section,description,classification/);

  const typo = (await app.inject('/v1/commodities/2790')).json();
  t.match(typo, { status: 404, commoditySuggestions: [{ code: '2701' }] });
  t.equal((await app.inject('/v1/commodities?parent=8888')).statusCode, 404, 'an unknown parent is named, not an empty list');
  t.equal((await app.inject('/v1/commodities?level=3')).statusCode, 400);

  const again = await importHsNomenclature(app);
  t.match(again, { inserted: 0, updated: 0, unchanged: 6939 }, 'importing the same file again changes nothing');
  const releases = (await app.inject('/v1/releases?source=hs-nomenclature')).json().data;
  t.equal(releases.length, 2, 'each nomenclature import is a release of hs-nomenclature');
});

t.test('a bad nomenclature file is refused row by row, and nothing is written', async (t) => {
  const app = await build(t);
  const file = [
    'section,hscode,description,parent,level',
    'V,27,Mineral fuels,TOTAL,2',
    'V,2709,Crude,27,4',
    'V,2799,Nothing,28,4',
    'V,27091,Odd,2709,5',
    'V,8899,Orphan,88,4',
    'V,2709,Twice,27,4',
    'V,2710,,27,4',
  ].join('\n');
  const error = await importNomenclature(app.dbHandle, Readable.from([file]), 'abort', null).catch((e: unknown) => e);
  t.ok(error instanceof ImportRejectedError);
  t.same(
    (error as ImportRejectedError).samples.map((s) => [s.line, s.reason]),
    [
      [4, "parent '28' of 2799 should be 27"],
      [5, "code '27091' is not an HS code of 2, 4 or 6 digits"],
      [7, 'code 2709 appears twice (first on line 3)'],
      [8, 'code 2710 has no description'],
    ],
  );
  t.equal((await app.inject('/v1/commodities?level=4')).json().data.length, 0, 'nothing written');

  const skipped = await importNomenclature(app.dbHandle, Readable.from([file]), 'skip', null);
  t.match(skipped, { inserted: 2, rejected: 4 });
  app.dataVersion.invalidate();
  t.same(
    (await app.inject('/v1/commodities?level=4')).json().data.map((c: { code: string }) => c.code),
    ['2709', '8899'],
  );
  const missingColumns = await importNomenclature(app.dbHandle, Readable.from(['code,text\n27,x']), 'abort', null).catch((e: unknown) => e);
  t.match(missingColumns, { status: 400, message: /lacks hscode, description, parent, level/ });
});

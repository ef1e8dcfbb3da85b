import t from 'tap';
import { z } from 'zod';
import { forSerializing, serializerCompiler } from '../../src/http/serializer.js';
import { Bilateral, GroupTrade, Mirror } from '../../src/schemas/analytics.js';

const serializerFor = (schema: z.ZodType) => serializerCompiler({ schema, method: 'GET', url: '/test', httpStatus: '200' });
const zodThenStringify = (schema: z.ZodType, body: unknown) => JSON.stringify(z.encode(schema, body));

const reporter = { iso3: 'KAZ', iso2: 'KZ', m49: 398, name: 'Kazakhstan' };
const partner = { iso3: 'UZB', iso2: 'UZ', m49: 860, name: 'Uzbekistan' };
// A key no schema names (releaseId), inside a nullable object: zod dropped it; fast-json-stringify threw on it.
const report = { value: 100.5, estimated: false, source: 'imf-dots', derived: false, releaseId: 7 };
const commodity = { code: 'TOTAL', level: 0, name: 'All goods' };

t.test('answers are what JSON.stringify of the zod output gave, byte for byte, unnamed keys dropped', async (t) => {
  const mirror = {
    reporter,
    partner,
    commodity,
    unit: 'USD',
    source: null,
    coverage: { reporter: [2020], partner: [2020] },
    data: [{ year: 2020, flow: 'export', reported: report, mirror: null, gap: null, gapPct: null, cifFobRatio: null, extra: 1 }],
    notes: ['a note'],
  };
  t.equal(serializerFor(Mirror)(mirror), zodThenStringify(Mirror, mirror), 'mirror');
  t.notMatch(serializerFor(Mirror)(mirror), /releaseId|extra/);

  const figure = { value: 100.5, basis: 'reporter', estimated: false, source: 'imf-dots', derived: false };
  const bilateral = {
    reporter,
    partner,
    commodity,
    unit: 'USD',
    source: null,
    coverage: { reporter: [2020], partner: [] },
    basis: 'reporter',
    data: [
      {
        year: 2020,
        exports: { ...figure, reported: report, mirror: null },
        imports: { ...figure, reported: null, mirror: null },
        total: figure,
        balance: figure,
        totalYoyPct: null,
      },
    ],
    notes: [],
  };
  t.equal(serializerFor(Bilateral)(bilateral), zodThenStringify(Bilateral, bilateral), 'bilateral');
});

t.test('nested nullable fields serialize as zod gives them, null or not', async (t) => {
  const year = {
    group: 'central-asia',
    year: 2020,
    unit: 'USD',
    members: [reporter, { ...partner, m49: null, iso2: null }],
    intra: { value: 0, basis: null, estimated: false, source: null, derived: false },
    extra: { value: 10, basis: 'reporter', estimated: true, source: 'imf-dots', derived: false },
    total: { value: 10, basis: 'reporter', estimated: true, source: 'imf-dots', derived: false },
    intraSharePct: null,
    matrix: [{ reporter, partner, value: null, basis: null, estimated: false, source: null, derived: false }],
  };
  const answer = (source: string | null, years: object[]) => ({ group: 'central-asia', commodity, unit: 'USD', source, data: years, notes: [] });
  t.equal(serializerFor(GroupTrade)(answer('imf-dots', [year])), zodThenStringify(GroupTrade, answer('imf-dots', [year])), 'one year');
  const range = answer(null, [year, { ...year, year: 2021, intra: { ...year.intra, value: null }, intraSharePct: 0 }]);
  t.equal(serializerFor(GroupTrade)(range), zodThenStringify(GroupTrade, range), 'a range');
});

t.test('a nullable value becomes a type list, its enum taking null too; choices of more, references and constants stay', async (t) => {
  const nullable = (other: object) => ({ anyOf: [other, { type: 'null' }], description: 'd' });
  t.same(forSerializing(nullable({ type: 'string', enum: ['reporter', 'mirror'] })), {
    type: ['string', 'null'],
    enum: ['reporter', 'mirror', null],
    description: 'd',
  });
  t.same(forSerializing(nullable({ type: 'object', properties: { v: nullable({ type: 'number' }) }, additionalProperties: false })), {
    type: ['object', 'null'],
    properties: { v: { type: ['number', 'null'], description: 'd' } },
    description: 'd',
  });
  for (const kept of [
    nullable({ $ref: '#/definitions/X' }),
    nullable({ const: 'USD', type: 'string' }),
    { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }] },
  ]) {
    t.same(forSerializing(kept), kept);
  }
});

t.test('a union whose options do not each require a key of their own is left to fast-json-stringify to choose', async (t) => {
  const Narrow = z.object({ a: z.number() });
  const Wide = z.object({ a: z.number(), b: z.string() });
  const serialize = serializerFor(z.union([Wide, Narrow]));
  t.equal(serialize({ a: 1, b: 'x' }), '{"a":1,"b":"x"}');
  t.equal(serialize({ a: 1 }), '{"a":1}');
});

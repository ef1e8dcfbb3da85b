import t from 'tap';
import { z } from 'zod';
import { serializerCompiler } from '../../src/http/serializer.js';
import { Bilateral, Mirror } from '../../src/schemas/analytics.js';

const serializerFor = (schema: z.ZodType) => serializerCompiler({ schema, method: 'GET', url: '/test', httpStatus: '200' });
const zodThenStringify = (schema: z.ZodType, body: unknown) => JSON.stringify(z.encode(schema, body));

const reporter = { iso3: 'KAZ', iso2: 'KZ', m49: 398, name: 'Kazakhstan' };
const partner = { iso3: 'UZB', iso2: 'UZ', m49: 860, name: 'Uzbekistan' };
// A key no schema names (releaseId), inside a nullable object: zod dropped it; fast-json-stringify threw on it.
const report = { value: 100.5, estimated: false, source: 'imf-dots', releaseId: 7 };

t.test('answers are what JSON.stringify of the zod output gave, byte for byte, unnamed keys dropped', async (t) => {
  const mirror = {
    reporter,
    partner,
    unit: 'USD',
    source: null,
    coverage: { reporter: [2020], partner: [2020] },
    data: [{ year: 2020, flow: 'export', reported: report, mirror: null, gap: null, gapPct: null, cifFobRatio: null, extra: 1 }],
  };
  t.equal(serializerFor(Mirror)(mirror), zodThenStringify(Mirror, mirror), 'mirror');
  t.notMatch(serializerFor(Mirror)(mirror), /releaseId|extra/);

  const figure = { value: 100.5, basis: 'reporter', estimated: false, source: 'imf-dots' };
  const bilateral = {
    reporter,
    partner,
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
  };
  t.equal(serializerFor(Bilateral)(bilateral), zodThenStringify(Bilateral, bilateral), 'bilateral');
});

import fc from 'fast-check';
import t from 'tap';
import { cagrPct, changePct, pairYear, sharesPct, yoyPct } from '../../src/analytics/definitions.js';
import { ObservationIndex, type Observation } from '../../src/analytics/observations.js';

const money = fc.double({ min: 1, max: 1e12, noNaN: true });
const close = (a: number | null, b: number, tolerance = 1e-9) => a !== null && Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));

t.test('shares within any set sum to 100', async (t) => {
  fc.assert(
    fc.property(fc.array(money, { minLength: 1, maxLength: 50 }), (values) => {
      const sum = sharesPct(values).reduce((s: number, v) => s + v!, 0);
      return Math.abs(sum - 100) < 1e-9;
    }),
  );
  t.pass('property held');
});

t.test('CAGR over one year equals change %', async (t) => {
  fc.assert(fc.property(money, money, (v0, v1) => close(cagrPct(v0, v1, 1), changePct(v0, v1)!)));
  t.pass('property held');
});

t.test('a constant series has zero growth', async (t) => {
  fc.assert(
    fc.property(money, fc.integer({ min: 1, max: 100 }), (v, years) => close(changePct(v, v), 0) && close(cagrPct(v, v, years), 0) && close(yoyPct(v, v), 0)),
  );
  t.pass('property held');
});

t.test('growth from zero or missing is null', async (t) => {
  t.equal(yoyPct(0, 5), null);
  t.equal(yoyPct(null, 5), null);
  t.equal(cagrPct(0, 5, 3), null);
  t.equal(cagrPct(null, 5, 3), null);
});

const observation = (reporter: string, partner: string, flow: Observation['flow'], valueUsd: number): Observation => ({
  reporter,
  partner,
  year: 2020,
  flow,
  valueUsd,
  estimated: false,
  source: 'imf-dots',
  derived: false,
});

// Each of the four reports of a pair present or not, with any values.
const pairReports = fc.record({
  aExports: fc.option(money, { nil: undefined }),
  aImports: fc.option(money, { nil: undefined }),
  bExports: fc.option(money, { nil: undefined }),
  bImports: fc.option(money, { nil: undefined }),
});

function indexOf(r: { aExports?: number; aImports?: number; bExports?: number; bImports?: number }) {
  const obs: Observation[] = [];
  if (r.aExports !== undefined) obs.push(observation('KAZ', 'UZB', 'export', r.aExports));
  if (r.aImports !== undefined) obs.push(observation('KAZ', 'UZB', 'import', r.aImports));
  if (r.bExports !== undefined) obs.push(observation('UZB', 'KAZ', 'export', r.bExports));
  if (r.bImports !== undefined) obs.push(observation('UZB', 'KAZ', 'import', r.bImports));
  return new ObservationIndex(obs);
}

t.test('the basis falls back to the mirror exactly where the reporter is missing', async (t) => {
  fc.assert(
    fc.property(pairReports, (r) => {
      const row = pairYear(indexOf(r), 'KAZ', 'UZB', 2020, 'reporter');
      const exportsOk =
        r.aExports !== undefined
          ? row.exports.basis === 'reporter' && row.exports.value === r.aExports
          : r.bImports !== undefined
            ? row.exports.basis === 'mirror' && row.exports.value === r.bImports
            : row.exports.value === null;
      const importsOk =
        r.aImports !== undefined
          ? row.imports.basis === 'reporter' && row.imports.value === r.aImports
          : r.bExports !== undefined
            ? row.imports.basis === 'mirror' && row.imports.value === r.bExports
            : row.imports.value === null;
      return exportsOk && importsOk;
    }),
  );
  t.pass('property held');
});

t.test('balance = exports - imports, total = exports + imports', async (t) => {
  fc.assert(
    fc.property(pairReports, fc.constantFrom('reporter' as const, 'partner' as const), (r, prefer) => {
      const row = pairYear(indexOf(r), 'KAZ', 'UZB', 2020, prefer);
      if (row.exports.value === null || row.imports.value === null) return row.balance.value === null;
      return row.balance.value === row.exports.value - row.imports.value && row.total.value === row.exports.value + row.imports.value;
    }),
  );
  t.pass('property held');
});

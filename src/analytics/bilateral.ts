import { invalidParameter } from '../problem.js';
import { pairObservations } from '../queries/analytics.js';
import type { GrowthQuery, PairQuery } from '../schemas/analytics.js';
import { toCountryRef } from '../services/country-directory.js';
import { requireSource } from '../services/lookups.js';
import type { AppContext } from '../services/context.js';
import { Pair, yearsOf } from './pair.js';

type PairCodes = { a: string; b: string };

/** Resolves the pair and loads everything either side reported about the other (of the pinned source only, if any). */
async function loadPair({ db, countries }: AppContext, codes: PairCodes, source: string | undefined) {
  const a = countries.resolve(codes.a, 'a');
  const b = countries.resolve(codes.b, 'b');
  if (a.iso3 === b.iso3) throw invalidParameter('path', 'b', `must differ from a (both are ${a.iso3}); a country's trade with itself is not bilateral trade`);
  await requireSource(db, source);
  const pair = new Pair(a.iso3, b.iso3, await pairObservations(db, a.iso3, b.iso3, source));
  return { pair, header: { reporter: toCountryRef(a), partner: toCountryRef(b), unit: 'USD' as const, source: source ?? null, coverage: pair.coverage() } };
}

/** GET /v1/bilateral/{a}/{b}: the pair's yearly series. */
export async function bilateralSeries(ctx: AppContext, codes: PairCodes, q: PairQuery) {
  const { pair, header } = await loadPair(ctx, codes, q.source);
  return { ...header, basis: q.basis, data: pair.series(yearsOf(q, pair.years()), q.basis) };
}

/** GET /v1/bilateral/{a}/{b}/growth: growth of one measure over a span. */
export async function bilateralGrowth(ctx: AppContext, codes: PairCodes, q: GrowthQuery) {
  const { pair, header } = await loadPair(ctx, codes, q.source);
  return { ...header, measure: q.measure, ...pair.growth(q.measure, q, q.basis) };
}

/** GET /v1/bilateral/{a}/{b}/mirror: both sides' reports of the same goods. */
export async function bilateralMirror(ctx: AppContext, codes: PairCodes, q: PairQuery) {
  const { pair, header } = await loadPair(ctx, codes, q.source);
  return { ...header, data: pair.mirror(yearsOf(q, pair.years())) };
}

import { invalidParameter } from '../problem.js';
import { pairObservations, pairProductSums, type Observation } from '../queries/analytics.js';
import { ALL_GOODS } from '../domain.js';
import type { GrowthQuery, Measure, PairQuery, BasisPreference } from '../schemas/analytics.js';
import { toCountryRef } from '../services/country-directory.js';
import type { CountryRecord } from '../queries/countries.js';
import { requireSource } from '../services/lookups.js';
import type { ReadContext } from '../services/context.js';
import { chooseCommodity, otherLevelsNote } from './commodity-choice.js';
import { Pair, yearsOf, type YearRange } from './pair.js';
import {
  ANY_SOURCE,
  byPriority,
  mixedNote,
  mostValues,
  othersNote,
  outsideNote,
  pinnedId,
  sourceRequest,
  tallyOf,
  yearRanges,
  type SourceRequest,
  type Span,
} from './source-choice.js';

type PairCodes = { a: string; b: string };

/** Resolves the pair and the commodity, and loads everything either side reported about the other (of the pinned source only, if any). */
async function loadPair(ctx: ReadContext, codes: PairCodes, source: string | undefined, commodityCode: string | undefined) {
  const { db, countries } = ctx;
  const [a, b] = countries.resolveAll([
    { code: codes.a, name: 'a' },
    { code: codes.b, name: 'b' },
  ]) as [CountryRecord, CountryRecord];
  if (a.iso3 === b.iso3) throw invalidParameter('path', 'b', `must differ from a (both are ${a.iso3}); a country's trade with itself is not bilateral trade`);
  const commodity = await chooseCommodity(ctx, commodityCode);
  const request = sourceRequest(source);
  await requireSource(db, pinnedId(request));
  let observations = await pairObservations(db, a.iso3, b.iso3, pinnedId(request), commodity.code);
  let levelsNote: string | null = null;
  if (observations.length === 0 && commodity.code === ALL_GOODS) {
    // No reported totals at all (an HS download without its TOTAL rows): the sums of the reported
    // goods stand in, flagged derived, as DESIGN says totals may only when TOTAL is missing.
    observations = await pairProductSums(db, a.iso3, b.iso3, pinnedId(request));
    if (observations.length > 0)
      levelsNote = `no all-goods totals are reported for ${a.iso3}-${b.iso3}: every figure is the sum of the reported HS chapters (derived: true), so goods not reported by chapter are missing from it`;
  }
  // No figures for this commodity: say what there is at other levels (a query only then).
  if (observations.length === 0) levelsNote = await otherLevelsNote(ctx, commodity, a.iso3, b.iso3);
  return {
    a: a.iso3,
    b: b.iso3,
    request,
    observations,
    tally: tallyOf(observations),
    name: `${a.iso3}-${b.iso3}`,
    levelsNote,
    head: {
      reporter: toCountryRef(a),
      partner: toCountryRef(b),
      commodity: { code: commodity.code, level: commodity.level, name: commodity.name },
      unit: 'USD' as const,
    },
  };
}
type Loaded = Awaited<ReturnType<typeof loadPair>>;

const only = (observations: Observation[], source: string) => observations.filter((o) => o.source === source);
const spanOf = (range: YearRange): Span => (range.year !== undefined ? { from: range.year, to: range.year } : range);

/** The answer's one source for a series over the span: pinned, chosen (most values there), or any. */
function sourceForSpan(loaded: Loaded, span: Span): { source: string | null; observations: Observation[]; notes: (string | null)[] } {
  const { request, observations, tally } = loaded;
  if (request.kind === 'pinned') return { source: request.id, observations, notes: [] };
  if (request.kind === 'any') {
    const inSpan = observations.filter((o) => (span.from === undefined || o.year >= span.from) && (span.to === undefined || o.year <= span.to));
    return { source: ANY_SOURCE, observations, notes: [mixedNote(inSpan.map((o) => o.source))] };
  }
  // Nothing in the span: the source with the most values anywhere, so the note can say what it covers.
  const chosen = mostValues(tally, span) ?? mostValues(tally);
  if (chosen === undefined) return { source: null, observations: [], notes: [] };
  return { source: chosen, observations: only(observations, chosen), notes: [othersNote(tally, chosen, span)] };
}

const coveredNote = (loaded: Loaded, source: string | null, years: number[]) =>
  outsideNote(loaded.tally, source === ANY_SOURCE ? null : source, years, loaded.name);
const present = (notes: (string | null)[]) => notes.filter((n): n is string => n !== null);

/** GET /v1/bilateral/{a}/{b}: the pair's yearly series. */
export async function bilateralSeries(ctx: ReadContext, codes: PairCodes, q: PairQuery) {
  const loaded = await loadPair(ctx, codes, q.source, q.commodity);
  const { source, observations, notes } = sourceForSpan(loaded, spanOf(q));
  const pair = new Pair(loaded.a, loaded.b, observations);
  const years = yearsOf(q, pair.years());
  const data = pair.series(years, q.basis);
  return {
    ...loaded.head,
    source,
    basis: q.basis,
    data,
    coverage: pair.coverage(),
    notes: present([loaded.levelsNote, coveredNote(loaded, source, years), ...notes]),
  };
}

/** GET /v1/bilateral/{a}/{b}/mirror: both sides' reports of the same goods. */
export async function bilateralMirror(ctx: ReadContext, codes: PairCodes, q: PairQuery) {
  const loaded = await loadPair(ctx, codes, q.source, q.commodity);
  const { source, observations, notes } = sourceForSpan(loaded, spanOf(q));
  const pair = new Pair(loaded.a, loaded.b, observations);
  const years = yearsOf(q, pair.years());
  const data = pair.mirror(years);
  // Only reported totals (turnover, as in the demo data): nothing has a mirror, and the nulls need saying why.
  const onlyTotals = observations.length > 0 && data.every((r) => r.reported === null && r.mirror === null);
  const totalsNote = onlyTotals
    ? `${source} has no exports or imports for ${loaded.name} in these years, only reported totals (turnover), which have no mirror`
    : null;
  return {
    ...loaded.head,
    source,
    data,
    coverage: pair.coverage(),
    notes: present([loaded.levelsNote, coveredNote(loaded, source, years), totalsNote, ...notes]),
  };
}

/**
 * The source of a growth figure: the highest-priority one with a value of the measure at both ends
 * (given ends; open ends: at least two years with values); none: the null figures name which
 * source covers which end.
 */
function sourceForGrowth(loaded: Loaded, request: SourceRequest, measure: Measure, range: YearRange, basis: BasisPreference) {
  const pairOf = (observations: Observation[]) => new Pair(loaded.a, loaded.b, observations);
  if (request.kind === 'pinned') return { source: request.id, pair: pairOf(loaded.observations), notes: [] as (string | null)[] };
  if (request.kind === 'any') {
    const pair = pairOf(loaded.observations);
    const used = pair.growth(measure, range, basis).yoy.flatMap((p) => {
      const figure = pair.year(p.year, basis)[measure];
      return figure.value === null || figure.source === null ? [] : figure.source.split('+');
    });
    return { source: ANY_SOURCE, pair, notes: [mixedNote(used)] };
  }
  const sources = [...loaded.tally.keys()].sort(byPriority);
  if (sources.length === 0) return { source: null, pair: pairOf([]), notes: [] };
  const withValue = (pair: Pair) => pair.years().filter((y) => pair.year(y, basis)[measure].value !== null);
  const candidates = sources.map((source) => ({ source, pair: pairOf(only(loaded.observations, source)) }));
  const bothEnds = candidates.find(({ pair }) => {
    const years = withValue(pair);
    if (range.from !== undefined && range.to !== undefined) return years.includes(range.from) && years.includes(range.to);
    return years.filter((y) => (range.from === undefined || y >= range.from) && (range.to === undefined || y <= range.to)).length >= 2;
  });
  if (bothEnds) return { ...bothEnds, notes: [othersNote(loaded.tally, bothEnds.source, range)] };
  if (range.from === undefined || range.to === undefined) {
    const any = candidates.find(({ pair }) => withValue(pair).length > 0);
    return any ? { ...any, notes: [] } : { source: null, pair: pairOf([]), notes: [] };
  }
  const coverers = (year: number) => candidates.filter(({ pair }) => withValue(pair).includes(year)).map((c) => c.source);
  const [atStart, atEnd] = [coverers(range.from), coverers(range.to)];
  const who = (list: string[]) => (list.length === 0 ? 'no source' : list.join(', '));
  const note =
    `no single source has ${measure} values for both ${range.from} and ${range.to}, so growth is null rather than mixing sources: ` +
    `${range.from}: ${who(atStart)}; ${range.to}: ${who(atEnd)}` +
    (sources.length > 0 ? ` (${sources.map((s) => `${s} covers ${yearRanges(loaded.tally.get(s)!.keys())}`).join('; ')}); source=any mixes them` : '');
  return { source: null, pair: pairOf([]), notes: [], why: note };
}

/** GET /v1/bilateral/{a}/{b}/growth: growth of one measure over a span. */
export async function bilateralGrowth(ctx: ReadContext, codes: PairCodes, q: GrowthQuery) {
  const loaded = await loadPair(ctx, codes, q.source, q.commodity);
  const choice: { source: string | null; pair: Pair; notes: (string | null)[]; why?: string } = sourceForGrowth(loaded, loaded.request, q.measure, q, q.basis);
  const { note, ...growth } = choice.pair.growth(q.measure, q, q.basis);
  // Where no source has both ends, the choice says why the figures are null (better than "no value for 2017").
  const notes = present([loaded.levelsNote, choice.why ?? note, ...choice.notes]);
  return { ...loaded.head, source: choice.source, measure: q.measure, ...growth, coverage: choice.pair.coverage(), notes };
}

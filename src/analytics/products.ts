import { ALL_GOODS } from '../domain.js';
import { invalidParameter } from '../problem.js';
import { countryObservations, pairObservations } from '../queries/analytics.js';
import type { CountryRecord } from '../queries/countries.js';
import { countryProducts, pairProducts, productSourceYears, type ProductObservation } from '../queries/products.js';
import type { BasisPreference, DirectionalFigure, Figure, Measure } from '../schemas/analytics.js';
import type { CountryProductsQuery, PairProductsQuery, ProductFlow } from '../schemas/products.js';
import { commodityDirectory, type CommodityChoice, type CommodityDirectory } from '../services/commodity-directory.js';
import type { ReadContext } from '../services/context.js';
import { perDatabase } from '../db/per-database.js';
import { VersionMemo } from '../services/version-memo.js';
import { toCountryRef } from '../services/country-directory.js';
import { requireGroup, requireSource } from '../services/lookups.js';
import { LEVEL_NAMES, levelsInsteadNote } from './commodity-choice.js';
import { fellowMembers } from './partners.js';
import { NO_FIGURE, directional, pairYear, sharesPct, sumFigure } from './definitions.js';
import { ObservationIndex, type Observation } from './observations.js';
import { ANY_SOURCE, mixedNote, othersNote, outsideNote, pinnedId, sourceRequest, tallyOf, yearsAndSource, type SourceYears } from './source-choice.js';

const MEASURE_OF: Record<ProductFlow, Measure> = { export: 'exports', import: 'imports', total: 'total' };
/** The products of one share of the parent's figure that goes unsaid: below this, no note. */
const UNALLOCATED_NOTE_PCT = 0.5;

type ProductsQuery = PairProductsQuery | CountryProductsQuery;

/** The parent code (TOTAL by default) and a level below it; a level at or above the parent's is a 400. */
function parentAndLevel(directory: CommodityDirectory, q: ProductsQuery): CommodityChoice {
  const parent = directory.resolve(q.parent ?? ALL_GOODS, { in: 'query', name: 'parent' });
  if (parent.level >= q.level)
    throw invalidParameter('query', 'level', `must be below the parent's level: ${parent.code} is level ${parent.level}, so level ${parent.level + 2} or more`);
  return parent;
}

/** The net weight of the report a directional figure uses (its basis says which side). */
function weightOf(index: ObservationIndex, a: string, p: string, year: number, flow: 'export' | 'import', figure: DirectionalFigure): number | null {
  const used: Observation | undefined =
    figure.basis === 'reporter'
      ? index.get(a, p, year, flow)
      : figure.basis === 'mirror'
        ? index.get(p, a, year, flow === 'export' ? 'import' : 'export')
        : undefined;
  return (used as ProductObservation | undefined)?.netWeightKg ?? null;
}

/**
 * One product's figure with `p` in `year`, and the net weight behind it where the reports have one.
 * One direction needs only its two reports (a country's products are 20,000 of these at 30M rows);
 * the total, the pair figure of definitions.ts.
 */
function productFigure(index: ObservationIndex, a: string, p: string, year: number, measure: Measure, basis: BasisPreference) {
  if (measure !== 'total') {
    const flow = measure === 'exports' ? 'export' : 'import';
    const figure = directional(index.get(a, p, year, flow), index.get(p, a, year, flow === 'export' ? 'import' : 'export'), basis);
    return { figure, weight: weightOf(index, a, p, year, flow, figure) };
  }
  const row = pairYear(index, a, p, year, basis);
  const exports = weightOf(index, a, p, year, 'export', row.exports);
  const imports = weightOf(index, a, p, year, 'import', row.imports);
  return { figure: row.total, weight: row.total.basis !== 'turnover' && exports !== null && imports !== null ? exports + imports : null };
}

type Ranked = { code: string; figure: Figure & { value: number }; weight: number | null };

/**
 * One year's ranking of the products: each product's figure summed over the partners (one for a
 * pair), largest first (ties by code), shares of their sum, the top `limit` and the rest together.
 */
function rankProducts(
  directory: CommodityDirectory,
  byCode: Map<string, ObservationIndex>,
  a: string,
  partnersOf: (index: ObservationIndex) => string[],
  year: number,
  q: ProductsQuery,
  parentFigure: Figure,
  only: ReadonlySet<string> | null,
) {
  const measure = MEASURE_OF[q.flow];
  const valued: Ranked[] = [];
  for (const [code, index] of byCode) {
    const figures = partnersOf(index)
      .map((p) => productFigure(index, a, p, year, measure, q.basis))
      .filter((f) => f.figure.value !== null);
    if (figures.length === 0) continue;
    const figure =
      figures.length === 1
        ? figures[0]!.figure
        : sumFigure(
            figures.map((f) => f.figure),
            null,
          );
    const weight = figures.every((f) => f.weight !== null) ? figures.reduce((sum, f) => sum + f.weight!, 0) : null;
    valued.push({ code, figure: figure as Ranked['figure'], weight });
  }
  valued.sort((x, y) => y.figure.value - x.figure.value || (x.code < y.code ? -1 : 1));
  const shares = sharesPct(valued.map((r) => r.figure.value));
  const total = sumFigure(
    valued.map((r) => r.figure),
    null,
  );
  // Ranks and shares are among every product; `only` (commodity=2709,2710) picks which are shown.
  const shown = valued
    .map((r, i) => ({ ...r, rank: i + 1, sharePct: shares[i]! }))
    .filter((r) => only === null || only.has(r.code))
    .slice(0, q.limit);
  const shownCodes = new Set(shown.map((r) => r.code));
  const rest = sumFigure(
    valued.filter((r) => !shownCodes.has(r.code)).map((r) => r.figure),
    0,
  );
  return {
    year,
    total,
    parentFigure,
    data: shown.map((r) => {
      const c = directory.get(r.code);
      return {
        rank: r.rank,
        commodity: { code: r.code, level: r.code.length, name: c?.name ?? r.code },
        value: r.figure.value,
        sharePct: r.sharePct,
        basis: r.figure.basis,
        estimated: r.figure.estimated,
        source: r.figure.source,
        derived: r.figure.derived,
        netWeightKg: r.weight,
        unitValueUsdPerKg: r.weight !== null && r.weight > 0 ? r.figure.value / r.weight : null,
      };
    }),
    rest: { ...rest, sharePct: total.value === null || total.value === 0 ? null : (rest.value! / total.value) * 100 },
  };
}
/** commodity=2709,2710: known codes at the route's level, under the parent; else a 404 or a 400 saying which. */
function listedGoods(directory: CommodityDirectory, q: ProductsQuery, parent: CommodityChoice): Set<string> {
  const codes = new Set<string>();
  for (const code of q.commodity ?? []) {
    const c = directory.resolve(code, { in: 'query', name: 'commodity' });
    if (c.level !== q.level)
      throw invalidParameter(
        'query',
        'commodity',
        `${c.code} is level ${c.level}, not level ${q.level}: list codes of the level asked (or set level=${c.level})`,
      );
    if (parent.code !== ALL_GOODS && !c.code.startsWith(parent.code))
      throw invalidParameter('query', 'commodity', `${c.code} is not under the parent ${parent.code}`);
    codes.add(c.code);
  }
  return codes;
}

type Ranking = Omit<ReturnType<typeof rankProducts>, 'year'> & { year: number | null };

/** Observations per code, each code's in an index of its own (the figures' definitions are per code). */
function indexByCode(observations: ProductObservation[]): Map<string, ObservationIndex> {
  const grouped = new Map<string, ProductObservation[]>();
  for (const o of observations) (grouped.get(o.code) ?? grouped.set(o.code, []).get(o.code)!).push(o);
  return new Map([...grouped].map(([code, list]) => [code, new ObservationIndex(list)]));
}

/** Where the products' sum falls short of the parent's own figure (the reported total), by how much. */
function unallocatedNote(rankings: Ranking[], level: number, parent: CommodityChoice): string | null {
  const gaps = rankings.flatMap((r) => {
    const whole = r.parentFigure.value;
    const sum = r.total.value;
    if (whole === null || sum === null || whole === 0) return [];
    const pct = (sum / whole) * 100;
    return Math.abs(100 - pct) >= UNALLOCATED_NOTE_PCT ? [`${r.year}: ${pct.toFixed(1)}%`] : [];
  });
  if (gaps.length === 0) return null;
  const of = parent.code === ALL_GOODS ? 'the reported total (TOTAL)' : `the figure for ${parent.code}`;
  return `the products at level ${level} sum to a different value than ${of} (${gaps.join(', ')}): shares are of the products' sum; the difference is goods not reported at this level`;
}

// Per source and year, how many product figures: a few sources × a few dozen years per subject.
const coverageMemos = perDatabase(() => new VersionMemo<SourceYears>(100_000, (tally) => [...tally.values()].reduce((n, years) => n + years.size, 1)));

/**
 * The product figures each source has for the pair (or the country) at the level, by year, once per
 * data version: it reads every year of them (half a million rows for the largest country at 30M rows,
 * 300 ms), to choose the source and the default year.
 */
async function productCoverage(ctx: ReadContext, a: string, b: string | null, level: number, parent: string | null): Promise<SourceYears> {
  return coverageMemos(ctx.db).get(await ctx.version.current(), `${a}|${b ?? ''}|${level}|${parent ?? ''}`, async () =>
    tallyOf(await productSourceYears(ctx.db, a, b, level, parent)),
  );
}

type Subject = {
  a: CountryRecord;
  /** The pair's partner; null for a country's trade with every partner (or a group's members). */
  b: CountryRecord | null;
  within: (year: number) => Promise<Set<string> | null>;
  name: string;
};

async function productAnswer(ctx: ReadContext, subject: Subject, q: ProductsQuery) {
  const directory = await commodityDirectory(ctx);
  const parent = parentAndLevel(directory, q);
  const only = q.commodity === undefined ? null : listedGoods(directory, q, parent);
  const request = sourceRequest(q.source);
  await requireSource(ctx.db, pinnedId(request));
  const { a, b } = subject;
  const tally = await productCoverage(ctx, a.iso3, b?.iso3 ?? null, q.level, parent.code === ALL_GOODS ? null : parent.code);
  const { source, years, span } = yearsAndSource(tally, request, q);
  const filter = {
    from: years[0] ?? 0,
    to: years.at(-1) ?? 0,
    level: q.level,
    parent: parent.code === ALL_GOODS ? null : parent.code,
    source: source ?? undefined,
  };
  // A total needs both directions and a reported turnover where one is missing.
  const flows = q.flow === 'total' ? ['export', 'import', 'turnover'] : [q.flow];
  const observations = years.length === 0 ? [] : b ? await pairProducts(ctx.db, a.iso3, b.iso3, filter) : await countryProducts(ctx.db, a.iso3, filter, flows);
  const rankings: Ranking[] = [];
  const measure = MEASURE_OF[q.flow];
  // The parent's own figure (the reported total for all goods), from the same source: a pair's in one query for every year.
  const pairParent = b && years.length > 0 ? await pairObservations(ctx.db, a.iso3, b.iso3, source ?? undefined, parent.code) : [];
  for (const year of years) {
    const inYear = observations.filter((o) => o.year === year);
    const within = await subject.within(year);
    const partnersOf = (index: ObservationIndex) => (b ? [b.iso3] : index.partnersOf(a.iso3, within));
    const parentObservations = b ? pairParent : await countryObservations(ctx.db, a.iso3, year, source ?? undefined, parent.code);
    const parentIndex = new ObservationIndex(parentObservations);
    const parentFigures = partnersOf(parentIndex)
      .map((p) => pairYear(parentIndex, a.iso3, p, year, q.basis)[measure])
      .filter((f) => f.value !== null);
    const parentFigure = parentFigures.length === 0 ? NO_FIGURE : parentFigures.length === 1 ? parentFigures[0]! : sumFigure(parentFigures, null);
    rankings.push(rankProducts(directory, indexByCode(inYear), a.iso3, partnersOf, year, q, parentFigure, only));
  }
  if (rankings.length === 0) rankings.push({ year: null, total: NO_FIGURE, parentFigure: NO_FIGURE, data: [], rest: { ...sumFigure([], 0), sharePct: null } });
  const notes: (string | null)[] = [outsideNote(tally, source, years, subject.name)];
  if (rankings.every((r) => r.data.length === 0)) {
    const asked = `${LEVEL_NAMES[q.level]}${parent.code === ALL_GOODS ? '' : ` under ${parent.code}`}`;
    const how = `ask for another level with level=, or for all goods with ${b ? `GET /v1/bilateral/${a.iso3}/${b.iso3}` : `GET /v1/countries/${a.iso3}/partners`}`;
    notes.unshift(await levelsInsteadNote(ctx, asked, q.level, a.iso3, b?.iso3, how));
  }
  if (request.kind === 'choose' && source !== null) notes.push(othersNote(tally, source, span));
  if (request.kind === 'any') notes.push(mixedNote(rankings.flatMap((r) => r.data.flatMap((p) => (p.source ?? '').split('+'))).filter((s) => s !== '')));
  notes.push(unallocatedNote(rankings, q.level, parent));
  const last = rankings.at(-1)!;
  return {
    flow: q.flow,
    level: q.level,
    parent: { code: parent.code, level: parent.level, name: parent.name },
    unit: 'USD' as const,
    source: request.kind === 'any' ? ANY_SOURCE : source,
    year: last.year,
    total: last.total,
    parentFigure: last.parentFigure,
    data: last.data,
    rest: last.rest,
    years: rankings,
    notes: notes.filter((n): n is string => n !== null),
  };
}

/** GET /v1/bilateral/{a}/{b}/products: the pair's goods ranked by value, with shares and the rest. */
export async function pairProductRanking(ctx: ReadContext, codes: { a: string; b: string }, q: PairProductsQuery) {
  const [a, b] = ctx.countries.resolveAll([
    { code: codes.a, name: 'a' },
    { code: codes.b, name: 'b' },
  ]) as [CountryRecord, CountryRecord];
  if (a.iso3 === b.iso3) throw invalidParameter('path', 'b', `must differ from a (both are ${a.iso3}); a country's trade with itself is not bilateral trade`);
  const answer = await productAnswer(ctx, { a, b, within: async () => null, name: `${a.iso3}-${b.iso3}` }, q);
  return { reporter: toCountryRef(a), partner: toCountryRef(b), ...answer };
}

/** GET /v1/countries/{code}/products: a country's goods ranked by value, summed over every partner or a group's other members. */
export async function countryProductRanking(ctx: ReadContext, code: string, q: CountryProductsQuery) {
  const a = ctx.countries.resolve(code, 'code');
  if (q.within !== undefined && q.partner !== undefined)
    throw invalidParameter('query', 'partner', 'takes partners instead of within, not with it: pass one or the other');
  const partners =
    q.partner === undefined
      ? null
      : new Set(ctx.countries.resolveAll(q.partner.map((p) => ({ code: p, name: 'partner', in: 'query' as const }))).map((c) => c.iso3));
  const group = q.within === undefined ? null : await requireGroup(ctx.db, q.within, { in: 'query', name: 'within' });
  const within = async (year: number) => partners ?? (group === null ? null : await fellowMembers(ctx, a, group.id, year));
  const answer = await productAnswer(ctx, { a, b: null, within, name: a.iso3 }, q);
  return { reporter: toCountryRef(a), within: group?.id ?? null, ...answer };
}

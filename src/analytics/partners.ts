import { WORLD } from '../domain.js';
import { invalidParameter } from '../problem.js';
import { countryObservations, latestYear } from '../queries/analytics.js';
import { listMembershipsOf } from '../queries/countries.js';
import { listGroupMembers } from '../queries/groups.js';
import { WORLD_REPORTED, type BasisPreference, type Figure, type Measure, type PartnersQuery } from '../schemas/analytics.js';
import type { CountryRecord } from '../queries/countries.js';
import { toCountryRef } from '../services/country-directory.js';
import { requireGroup, requireSource } from '../services/lookups.js';
import type { AppContext } from '../services/context.js';
import type { DataVersion } from '../services/data-version.js';
import { NO_FIGURE, pairYear, sharesPct, sumFigure } from './definitions.js';
import { ObservationIndex, type Observation } from './observations.js';
import { sourceCoverage } from './source-coverage.js';
import { chooseCommodity, otherLevelsNote } from './commodity-choice.js';
import {
  ANY_SOURCE,
  latestOfBest,
  mixedNote,
  mostValues,
  othersNote,
  outsideNote,
  pinnedId,
  sourceRequest,
  tallyOf,
  type SourceRequest,
} from './source-choice.js';

export type RankedPartner = { rank: number; partner: string; value: number; sharePct: number | null; figure: Figure };

/**
 * A country's partners in one year by the measure, largest first (ties by code), with each one's
 * share of the sum over the set: every partner, or those in `within`.
 */
export function rankPartners(a: string, year: number, observations: Observation[], measure: Measure, prefer: BasisPreference, within?: Set<string>) {
  const index = new ObservationIndex(observations);
  const valued = index
    .partnersOf(a, within ?? null)
    .map((partner) => ({ partner, figure: pairYear(index, a, partner, year, prefer)[measure] }))
    .filter((p): p is { partner: string; figure: Figure & { value: number } } => p.figure.value !== null)
    .sort((x, y) => y.figure.value - x.figure.value || x.partner.localeCompare(y.partner));
  const shares = sharesPct(valued.map((p) => p.figure.value));
  const total = valued.reduce((sum, p) => sum + p.figure.value, 0);
  const ranked: RankedPartner[] = valued.map((p, i) => ({ rank: i + 1, partner: p.partner, value: p.figure.value, sharePct: shares[i]!, figure: p.figure }));
  return { total, ranked };
}

/** The group's other members in `year`; a 400 when the country is not a member then. */
export async function fellowMembers({ db }: AppContext, country: CountryRecord, groupId: string, year: number | null): Promise<Set<string>> {
  const group = await requireGroup(db, groupId, { in: 'query', name: 'within' });
  const members = year === null ? [] : await listGroupMembers(db, group.id, year);
  if (!members.some((m) => m.iso3 === country.iso3)) {
    const own = [...new Set((await listMembershipsOf(db, country.iso3)).map((g) => g.id))];
    throw invalidParameter(
      'query',
      'within',
      `${country.iso3} is not a member of ${group.id} in ${year ?? 'any year with data'}; within takes a group the country belongs to` +
        (own.length > 0 ? ` (${own.join(', ')})` : ' (it belongs to none)') +
        `; for trade with another group's members see GET /v1/groups/${group.id}/trade`,
    );
  }
  return new Set(members.map((m) => m.iso3).filter((m) => m !== country.iso3));
}

const sourceYears = async (ctx: PartnersContext, iso3: string, commodity: string) => sourceCoverage(ctx.db, await ctx.version.current(), [iso3], commodity);

type PartnersContext = AppContext & { version: DataVersion };

/** The ranking's year and its one source (source-choice.ts), and what the answer must say about them. */
async function yearAndSource(ctx: PartnersContext, iso3: string, request: SourceRequest, asked: number | undefined, commodity: string) {
  if (asked !== undefined) return { year: asked };
  if (request.kind !== 'choose') return { year: await latestYear(ctx.db, iso3, pinnedId(request), commodity) };
  // The latest year of the source with the most partners in its latest year: never the article's
  // lone 2022 where the IMF covers 180 partners up to 2020.
  const best = latestOfBest(await sourceYears(ctx, iso3, commodity));
  return best ? { year: best.year, source: best.source } : { year: null };
}

/** One year's ranking: the top `limit` partners, the others together as `rest`, and the total they share. */
function rankingOf(ctx: AppContext, iso3: string, year: number | null, observations: Observation[], q: PartnersQuery, within: Set<string> | undefined) {
  const ranking = year === null ? { total: 0, ranked: [] } : rankPartners(iso3, year, observations, q.measure, q.basis, within);
  const { ranked } = ranking;
  const shown = ranked.slice(0, q.limit);
  // Unknown (null) where no partner has a figure; the rest of nothing beyond the limit is 0.
  const partnersSum = sumFigure(
    ranked.map((p) => p.figure),
    null,
  );
  let rest = sumFigure(
    ranked.slice(q.limit).map((p) => p.figure),
    0,
  );
  let total = partnersSum;
  let denominator = ranking.total;
  if (q.within === WORLD_REPORTED) {
    // Shares of the country's own reported total with the World; the rest is everything the shown partners are not.
    total = year === null ? NO_FIGURE : pairYear(new ObservationIndex(observations), iso3, WORLD, year, 'reporter')[q.measure];
    denominator = total.value ?? 0;
    const shownSum = shown.reduce((sum, p) => sum + p.value, 0);
    rest = total.value === null ? { ...NO_FIGURE } : { ...total, value: total.value - shownSum };
  }
  const share = (value: number) => (denominator === 0 ? null : (value / denominator) * 100);
  return {
    year,
    total,
    partnersSum,
    data: shown.map((p) => ({
      rank: p.rank,
      partner: ctx.countries.ref(p.partner),
      value: p.value,
      sharePct: share(p.value),
      basis: p.figure.basis,
      estimated: p.figure.estimated,
      source: p.figure.source,
      derived: p.figure.derived,
    })),
    rest: { ...rest, sharePct: rest.value === null ? null : share(rest.value) },
  };
}
type Ranking = ReturnType<typeof rankingOf>;

const mixedIn = (rankings: Ranking[]) => mixedNote(rankings.flatMap((r) => r.data.flatMap((p) => (p.source ?? '').split('+'))).filter((s) => s !== ''));

/**
 * GET /v1/countries/{code}/partners: one year's ranking (`year`, default the latest year of the
 * chosen source), or one per year of `from`-`to` in `years`; the top-level ranking is the last year's.
 */
export async function partnerRanking(ctx: PartnersContext, code: string, q: PartnersQuery) {
  const country = ctx.countries.resolve(code, 'code');
  const commodity = await chooseCommodity(ctx, q.commodity);
  const request = sourceRequest(q.source);
  await requireSource(ctx.db, pinnedId(request));
  const { source, rankings, notes } =
    q.from === undefined && q.to === undefined
      ? await oneYear(ctx, country, request, q, commodity.code)
      : await yearRange(ctx, country, request, q, commodity.code);
  const last = rankings.at(-1)!;
  if (rankings.every((r) => r.data.length === 0)) notes.unshift(await otherLevelsNote(ctx, commodity, country.iso3, undefined));
  if (q.within === WORLD_REPORTED) notes.push(worldNote(country.iso3, rankings));
  return {
    reporter: toCountryRef(country),
    commodity: { code: commodity.code, level: commodity.level, name: commodity.name },
    year: last.year,
    measure: q.measure,
    within: q.within ?? null,
    unit: 'USD' as const,
    source,
    total: last.total,
    data: last.data,
    rest: last.rest,
    years: rankings.map(({ partnersSum: _sum, ...ranking }) => ranking),
    notes: notes.filter((n): n is string => n !== null),
  };
}

/** within=world-reported: what the shares are of, and how the partners' sum compares with it. */
function worldNote(iso3: string, rankings: Ranking[]): string {
  const compared = rankings.flatMap((r) => {
    if (r.year === null) return [];
    if (r.total.value === null) return [`${r.year}: no reported World total`];
    const pct = r.partnersSum.value === null || r.total.value === 0 ? null : (r.partnersSum.value / r.total.value) * 100;
    return [`${r.year}: World ${r.total.value}, partners ${r.partnersSum.value ?? 'none'}${pct === null ? '' : ` (${pct.toFixed(1)}%)`}`];
  });
  return (
    `within=world-reported: shares are of ${iso3}'s own reported total with the World (partner WLD), not of the sum of its partners; ` +
    `rest is the World total less the partners shown (${compared.join('; ')})`
  );
}

async function oneYear(ctx: PartnersContext, country: CountryRecord, request: SourceRequest, q: PartnersQuery, commodity: string) {
  const picked = await yearAndSource(ctx, country.iso3, request, q.year, commodity);
  const year = picked.year;
  const within = q.within === undefined || q.within === WORLD_REPORTED ? undefined : await fellowMembers(ctx, country, q.within, year);
  let observations = year === null ? [] : await countryObservations(ctx.db, country.iso3, year, pinnedId(request), commodity);
  let source: string | null = request.kind === 'pinned' ? request.id : request.kind === 'any' ? ANY_SOURCE : null;
  const notes: (string | null)[] = [];
  if (request.kind === 'choose' && observations.length > 0) {
    const tally = tallyOf(observations);
    source = picked.source ?? mostValues(tally)!;
    observations = observations.filter((o) => o.source === source);
    notes.push(othersNote(tally, source, {}));
  }
  if (observations.length === 0) {
    const tally = await sourceYears(ctx, country.iso3, commodity);
    notes.unshift(
      outsideNote(tally, request.kind === 'pinned' ? request.id : null, year === null ? [] : [year], country.iso3) ?? `no data for ${country.iso3}`,
    );
  }
  const rankings = [rankingOf(ctx, country.iso3, year, observations, q, within)];
  if (request.kind === 'any') notes.push(mixedIn(rankings));
  return { source, rankings, notes };
}

/** from/to: the source with the most figures about the country in the span, one ranking per year (membership of `within` as of each year). */
async function yearRange(ctx: PartnersContext, country: CountryRecord, request: SourceRequest, q: PartnersQuery, commodity: string) {
  const tally = await sourceYears(ctx, country.iso3, commodity);
  const span = { from: q.from, to: q.to };
  const chosen = request.kind === 'pinned' ? request.id : request.kind === 'any' ? null : (mostValues(tally, span) ?? null);
  const covered = (chosen === null ? [...tally.values()] : [tally.get(chosen) ?? new Map<number, number>()]).flatMap((years) => [...years.keys()]);
  const from = q.from ?? (covered.length > 0 ? Math.min(...covered) : q.to!);
  const to = q.to ?? (covered.length > 0 ? Math.max(...covered) : q.from!);
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
  const rankings: Ranking[] = [];
  for (const year of years) {
    const within = q.within === undefined || q.within === WORLD_REPORTED ? undefined : await fellowMembers(ctx, country, q.within, year);
    const observations = await countryObservations(ctx.db, country.iso3, year, chosen ?? undefined, commodity);
    rankings.push(rankingOf(ctx, country.iso3, year, observations, q, within));
  }
  const notes = [outsideNote(tally, chosen, years, country.iso3)];
  if (request.kind === 'choose' && chosen !== null) notes.push(othersNote(tally, chosen, span));
  if (request.kind === 'any') notes.push(mixedIn(rankings));
  return { source: request.kind === 'any' ? ANY_SOURCE : chosen, rankings, notes };
}

import { sourceRank } from '../domain.js';

/**
 * One source per answer (docs/definitions.md, "Sources"): without `source=`, an answer uses the one
 * source with the most values in the years asked for (ties: the higher priority), so a series never
 * joins IMF years to the seed article's 2022. `source=any` opts into the best figure per year from
 * any source, and the answer says so in a note.
 */

/** The `source` value that opts into mixing sources. */
export const ANY_SOURCE = 'any';

/** How a request names its source: chosen by the answer, pinned by the caller, or any. */
export type SourceRequest = { kind: 'choose' } | { kind: 'any' } | { kind: 'pinned'; id: string };

export function sourceRequest(source: string | undefined): SourceRequest {
  if (source === undefined) return { kind: 'choose' };
  return source === ANY_SOURCE ? { kind: 'any' } : { kind: 'pinned', id: source };
}

/** The source to filter a query by: only a pinned one (the others read every source). */
export const pinnedId = (request: SourceRequest): string | undefined => (request.kind === 'pinned' ? request.id : undefined);

/** Values per source and year. */
export type SourceYears = Map<string, Map<number, number>>;

export function tallyOf(rows: Iterable<{ source: string; year: number; count?: number }>): SourceYears {
  const tally: SourceYears = new Map();
  for (const { source, year, count = 1 } of rows) {
    let years = tally.get(source);
    if (!years) tally.set(source, (years = new Map<number, number>()));
    years.set(year, (years.get(year) ?? 0) + count);
  }
  return tally;
}

/** Higher priority first (domain.ts), then by id, so every choice is deterministic. */
export const byPriority = (x: string, y: string): number => sourceRank(x) - sourceRank(y) || (x < y ? -1 : x > y ? 1 : 0);

export type Span = { from?: number | undefined; to?: number | undefined };

const valuesIn = (years: Map<number, number>, { from, to }: Span) => {
  let n = 0;
  for (const [year, count] of years) if ((from === undefined || year >= from) && (to === undefined || year <= to)) n += count;
  return n;
};

/** The source with the most values in the span (open ends: unbounded), ties by priority; undefined when none has any. */
export function mostValues(tally: SourceYears, span: Span = {}): string | undefined {
  let best: { source: string; n: number } | undefined;
  for (const source of [...tally.keys()].sort(byPriority)) {
    const n = valuesIn(tally.get(source)!, span);
    if (n > 0 && (!best || n > best.n)) best = { source, n };
  }
  return best?.source;
}

/** For a default year: the source whose latest year holds the most values, and that year (ties by priority). */
export function latestOfBest(tally: SourceYears): { source: string; year: number } | undefined {
  let best: { source: string; year: number; n: number } | undefined;
  for (const source of [...tally.keys()].sort(byPriority)) {
    const years = tally.get(source)!;
    const year = Math.max(...years.keys());
    const n = years.get(year)!;
    if (!best || n > best.n) best = { source, year, n };
  }
  return best && { source: best.source, year: best.year };
}

/** Years as ranges, for notes: [2000, 2001, 2002, 2022] → "2000-2002, 2022". */
export function yearRanges(years: Iterable<number>): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** What the chosen source covers of the years asked, when some are outside it (null when all are inside). */
export function outsideNote(tally: SourceYears, source: string | null, asked: number[], what: string): string | null {
  const covered = source === null ? new Set<number>() : new Set(tally.get(source)?.keys() ?? []);
  const missing = asked.filter((y) => !covered.has(y));
  if (missing.length === 0) return null;
  if (source === null || covered.size === 0) {
    const any = new Set([...tally.values()].flatMap((years) => [...years.keys()]));
    return any.size === 0 ? `no source has data for ${what}` : `no data for ${what} in ${yearRanges(missing)}; data covers ${yearRanges(any)}`;
  }
  return `${source} has no data for ${what} in ${yearRanges(missing)}: figures there are null; ${source} covers ${yearRanges(covered)}`;
}

/** Other sources with values in the span, for a note naming what a caller could pin instead. */
export function othersNote(tally: SourceYears, chosen: string, span: Span): string | null {
  const others = [...tally.keys()]
    .sort(byPriority)
    .filter((s) => s !== chosen && valuesIn(tally.get(s)!, span) > 0)
    .map((s) => `${s} (${yearRanges(tally.get(s)!.keys())})`);
  return others.length === 0
    ? null
    : `every figure is from ${chosen}; also has data: ${others.join(', ')}; pin one with source=, or source=any for the best figure per year`;
}

/** The note of a `source=any` answer whose figures came from more than one source. */
export function mixedNote(sources: Iterable<string>): string | null {
  const distinct = [...new Set(sources)].sort(byPriority);
  return distinct.length < 2 ? null : `source=any: figures mix ${distinct.join(', ')}; each figure names its own source`;
}

/** A request's years: one, or a range whose ends may be open. */
export type YearRange = { year?: number | undefined; from?: number | undefined; to?: number | undefined };

/** The years a source has values in (every source's, for null). */
export const yearsOfTally = (tally: SourceYears, source: string | null) =>
  (source === null ? [...tally.values()] : [tally.get(source) ?? new Map<number, number>()]).flatMap((years) => [...years.keys()]);

/**
 * The years asked (`year`, or `from`-`to` with open ends taken from the data; neither: the latest year
 * of the chosen source) and the one source of an answer over several countries' figures: pinned, any,
 * or chosen (the latest year's best without years, else the most values in the span).
 */
export function yearsAndSource(tally: SourceYears, request: SourceRequest, q: YearRange) {
  const span: Span = q.year !== undefined ? { from: q.year, to: q.year } : q;
  const source =
    request.kind === 'pinned'
      ? request.id
      : request.kind === 'any'
        ? null
        : q.year === undefined && q.from === undefined && q.to === undefined
          ? (latestOfBest(tally)?.source ?? null)
          : (mostValues(tally, span) ?? mostValues(tally) ?? null);
  const covered = yearsOfTally(tally, source);
  const first = q.year ?? q.from ?? (q.to !== undefined ? Math.min(q.to, ...covered) : Math.max(...covered));
  const last = q.year ?? q.to ?? (q.from !== undefined ? Math.max(q.from, ...covered) : Math.max(...covered));
  const years =
    covered.length === 0 && q.year === undefined && (q.from === undefined || q.to === undefined)
      ? []
      : Array.from({ length: last - first + 1 }, (_, k) => first + k);
  return { years, source, span };
}

/**
 * The floor's figures, from docs/definitions.md. Written again on purpose, not imported from
 * src/analytics: the floor is an independent, plain implementation of the contract, and equal answers
 * from two implementations are part of what bench/http.ts checks.
 */
import { OTHER_SOURCES, SOURCE_PRIORITY } from '../../src/domain.js';

export type Row = { reporter: string; partner: string; year: number; flow: string; value_usd: number; estimated: boolean; source_id: string };
export type Report = { value: number; estimated: boolean; source: string; derived: boolean };
export type Figure = { value: number | null; basis: string | null; estimated: boolean; source: string | null; derived: boolean };
export type Lookup = (reporter: string, partner: string, year: number, flow: string) => Row | undefined;

export const NONE: Figure = { value: null, basis: null, estimated: false, source: null, derived: false };

/** SQL ranking a row's source by priority, for `DISTINCT ON (...) ORDER BY ..., rank, source_id`. */
const otherRank = SOURCE_PRIORITY.indexOf(OTHER_SOURCES);
export const SOURCE_RANK_SQL = `CASE source_id ${SOURCE_PRIORITY.map((s, i) => (s === OTHER_SOURCES ? '' : `WHEN '${s}' THEN ${i} `)).join('')}ELSE ${otherRank} END`;

const rankOf = (source: string) => {
  const rank = SOURCE_PRIORITY.indexOf(source);
  return rank === -1 ? otherRank : rank;
};
/** Sources, higher priority first (ties by id). */
export const byRank = (x: string, y: string) => rankOf(x) - rankOf(y) || (x < y ? -1 : x > y ? 1 : 0);

/** [2000, 2001, 2002, 2022] → "2000-2002, 2022". */
function yearRanges(years: Set<number>): string {
  const sorted = [...years].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** The note naming the other sources with rows in [from, to], as the contract words it; null when there are none. */
export function othersNote(rows: Row[], chosen: string | null, from: number, to: number): string | null {
  const years = new Map<string, Set<number>>();
  for (const r of rows) if (r.source_id !== chosen) (years.get(r.source_id) ?? years.set(r.source_id, new Set()).get(r.source_id)!).add(r.year);
  const others = [...years.keys()].sort(byRank).filter((s) => [...years.get(s)!].some((y) => y >= from && y <= to));
  if (chosen === null || others.length === 0) return null;
  const list = others.map((s) => `${s} (${yearRanges(years.get(s)!)})`).join(', ');
  return `every figure is from ${chosen}; also has data: ${list}; pin one with source=, or source=any for the best figure per year`;
}

/**
 * One source per answer: the source with the most rows in [from, to] (ties by priority), only its
 * rows, and the note naming the others. The floor writes no note on years outside the data: the
 * benchmark's pairs trade in every year (bench/http.ts compares the answers).
 */
export function oneSource(rows: Row[], from: number, to: number): { source: string | null; rows: Row[]; notes: string[] } {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.year >= from && r.year <= to) counts.set(r.source_id, (counts.get(r.source_id) ?? 0) + 1);
  let best: string | null = null;
  for (const source of [...counts.keys()].sort(byRank)) if (best === null || counts.get(source)! > counts.get(best)!) best = source;
  const note = othersNote(rows, best, from, to);
  return { source: best, rows: best === null ? [] : rows.filter((r) => r.source_id === best), notes: note === null ? [] : [note] };
}

/** Rows keyed by reporter, partner, year and flow (one source's: one row per key). */
export function lookupOf(rows: Row[]): Lookup {
  const byKey = new Map<string, Row>();
  for (const row of rows) byKey.set(`${row.reporter}|${row.partner}|${row.year}|${row.flow}`, row);
  return (reporter, partner, year, flow) => byKey.get(`${reporter}|${partner}|${year}|${flow}`);
}

export const report = (r: Row | undefined): Report | null => (r ? { value: r.value_usd, estimated: r.estimated, source: r.source_id, derived: false } : null);

function directional(own: Row | undefined, mirror: Row | undefined) {
  const r = report(own);
  const m = report(mirror);
  const picked = r ?? m;
  if (!picked) return { ...NONE, reported: r, mirror: m };
  return { value: picked.value, basis: r ? 'reporter' : 'mirror', estimated: picked.estimated, source: picked.source, derived: false, reported: r, mirror: m };
}

function combine(x: Figure, y: Figure, f: (a: number, b: number) => number): Figure {
  if (x.value === null || y.value === null) return NONE;
  return {
    value: f(x.value, y.value),
    basis: x.basis === y.basis ? x.basis : 'mirror',
    estimated: x.estimated || y.estimated,
    source: x.source === y.source ? x.source : `${x.source}+${y.source}`,
    derived: false,
  };
}

/** a's exports to b, imports from b, total and balance in one year, a's reports first. */
export function pairYear(get: Lookup, a: string, b: string, year: number) {
  const exports = directional(get(a, b, year, 'export'), get(b, a, year, 'import'));
  const imports = directional(get(a, b, year, 'import'), get(b, a, year, 'export'));
  let total = combine(exports, imports, (x, m) => x + m);
  if (total.value === null) {
    const turnover = get(a, b, year, 'turnover') ?? get(b, a, year, 'turnover');
    if (turnover) total = { value: turnover.value_usd, basis: 'turnover', estimated: turnover.estimated, source: turnover.source_id, derived: false };
  }
  return { year, exports, imports, total, balance: combine(exports, imports, (x, m) => x - m) };
}

export const pctChange = (from: number | null, to: number | null): number | null => (from === null || to === null || from === 0 ? null : (to / from - 1) * 100);

export function cagr(v0: number | null, v1: number | null, span: number): number | null {
  if (v0 === null || v1 === null || v0 === 0 || span <= 0 || v1 / v0 < 0) return null;
  return ((v1 / v0) ** (1 / span) - 1) * 100;
}

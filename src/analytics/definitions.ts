import type { BasisPreference, DirectionalFigure, Figure, Report } from '../schemas/analytics.js';
import type { ObservationIndex, Observation } from './observations.js';

/**
 * The definitions every analytics figure follows (definition-texts.ts says them in words, for
 * docs/definitions.md and the OpenAPI document). Pure functions of the observations, so property
 * tests hold them to their definitions.
 */

export const NO_FIGURE: Figure = { value: null, basis: null, estimated: false, source: null, derived: false };

/** One side's observation as an answer shows it. */
export const report = (o: Observation | undefined): Report | null =>
  o ? { value: o.valueUsd, estimated: o.estimated, source: o.source, derived: o.derived } : null;

/**
 * One direction of a pair's trade: a's own report and the partner's report of the same goods (a's
 * exports to b ≈ b's imports from a). The value is a's report, falling back to the mirror where a
 * did not report (or the other way round with preference `partner`).
 */
export function directional(reported: Observation | undefined, mirror: Observation | undefined, prefer: BasisPreference): DirectionalFigure {
  const r = report(reported);
  const m = report(mirror);
  const order: [Report | null, NonNullable<Figure['basis']>][] =
    prefer === 'reporter'
      ? [
          [r, 'reporter'],
          [m, 'mirror'],
        ]
      : [
          [m, 'mirror'],
          [r, 'reporter'],
        ];
  const chosen = order.find(([candidate]) => candidate !== null);
  if (!chosen) return { ...NO_FIGURE, reported: r, mirror: m };
  const [picked, basis] = chosen as [Report, NonNullable<Figure['basis']>];
  return { value: picked.value, basis, estimated: picked.estimated, source: picked.source, derived: picked.derived, reported: r, mirror: m };
}

export type PairYear = { year: number; exports: DirectionalFigure; imports: DirectionalFigure; total: Figure; balance: Figure };

/** a's exports to b, imports from b, their total (turnover) and balance in one year. */
export function pairYear(index: ObservationIndex, a: string, b: string, year: number, prefer: BasisPreference): PairYear {
  const exports = directional(index.get(a, b, year, 'export'), index.get(b, a, year, 'import'), prefer);
  const imports = directional(index.get(a, b, year, 'import'), index.get(b, a, year, 'export'), prefer);
  return { year, exports, imports, total: total(index, a, b, year, exports, imports, prefer), balance: combine(exports, imports, (x, m) => x - m) };
}

/** Total trade = exports + imports; a reported turnover stands in where a direction is missing. */
function total(index: ObservationIndex, a: string, b: string, year: number, exports: Figure, imports: Figure, prefer: BasisPreference): Figure {
  const sum = combine(exports, imports, (x, m) => x + m);
  if (sum.value !== null) return sum;
  const own = index.get(a, b, year, 'turnover');
  const theirs = index.get(b, a, year, 'turnover');
  const turnover = prefer === 'reporter' ? (own ?? theirs) : (theirs ?? own);
  return turnover
    ? { value: turnover.valueUsd, basis: 'turnover', estimated: turnover.estimated, source: turnover.source, derived: turnover.derived }
    : NO_FIGURE;
}

/** A figure computed from two: known only where both are; estimated if either is; basis and source shared or mixed. */
function combine(x: Figure, y: Figure, f: (a: number, b: number) => number): Figure {
  if (x.value === null || y.value === null) return NO_FIGURE;
  return {
    value: f(x.value, y.value),
    basis: x.basis === y.basis ? x.basis : 'mirror',
    estimated: x.estimated || y.estimated,
    source: x.source === y.source ? x.source : `${x.source}+${y.source}`,
    derived: x.derived || y.derived,
  };
}

/** YoY % = (v_y / v_{y-1} - 1) × 100; null where the previous value is missing or zero. */
export function yoyPct(previous: number | null | undefined, current: number | null | undefined): number | null {
  if (previous === null || previous === undefined || current === null || current === undefined || previous === 0) return null;
  return (current / previous - 1) * 100;
}

/** Change % from v0 to v1 = (v1 / v0 - 1) × 100 (the same formula as YoY, over any span). */
export const changePct = yoyPct;

/** CAGR % = ((v1 / v0)^(1 / (y1 - y0)) - 1) × 100; null where v0 is missing or zero, or the span is empty. */
export function cagrPct(v0: number | null, v1: number | null, years: number): number | null {
  if (v0 === null || v1 === null || v0 === 0 || years <= 0) return null;
  if (v1 / v0 < 0) return null;
  return ((v1 / v0) ** (1 / years) - 1) * 100;
}

/** Share % of each value in the sum of all of them; null when the sum is zero. */
export function sharesPct(values: number[]): (number | null)[] {
  const sum = values.reduce((s, v) => s + v, 0);
  return values.map((v) => (sum === 0 ? null : (v / sum) * 100));
}

/**
 * A sum of figures as a figure (a partner total, the rest, a group aggregate): basis the common one
 * (null where they differ), estimated if any is, source the common one or each joined by "+".
 * `empty` is the value of a sum of nothing: 0 where nothing is known to be there, null where unknown.
 */
export function sumFigure(figures: Figure[], empty: 0 | null): Figure {
  if (figures.length === 0) return { value: empty, basis: null, estimated: false, source: null, derived: false };
  const bases = new Set(figures.map((f) => f.basis));
  const sources = [...new Set(figures.flatMap((f) => (f.source === null ? [] : f.source.split('+'))))].sort();
  return {
    value: figures.reduce((sum, f) => sum + (f.value ?? 0), 0),
    basis: bases.size === 1 ? [...bases][0]! : null,
    estimated: figures.some((f) => f.estimated),
    source: sources.length === 0 ? null : sources.join('+'),
    derived: figures.some((f) => f.derived),
  };
}

import type { Flow, tradeFlows } from '../db/schema.js';

/** One reported figure for all goods (commodity TOTAL), as the analytics queries select it. */
export type Observation = Pick<typeof tradeFlows.$inferSelect, 'reporter' | 'partner' | 'year' | 'flow' | 'valueUsd' | 'estimated'> & { source: string };

/** Official statistics first; the demo article last. A `source` parameter pins one instead. */
export const SOURCE_PRIORITY = ['imf-dots', 'imf-imts', 'un-comtrade'];
export const LAST = ['seed-article'];
/** Rank of a source not listed above: between the two lists. */
export const OTHER_SOURCE_RANK = 100;
export const LAST_SOURCE_RANK = 1000;

export function rank(source: string): number {
  const i = SOURCE_PRIORITY.indexOf(source);
  if (i >= 0) return i;
  return LAST.includes(source) ? LAST_SOURCE_RANK : OTHER_SOURCE_RANK;
}

const key = (reporter: string, partner: string, year: number, flow: Flow) => `${reporter}|${partner}|${year}|${flow}`;

/**
 * The figure each reporter gave for each partner, year and flow. Where several sources report the
 * same thing, the first by priority (or the pinned source) answers, so every figure has one source.
 */
export class ObservationIndex {
  private readonly best = new Map<string, Observation>();

  constructor(observations: Iterable<Observation>) {
    for (const o of observations) {
      const k = key(o.reporter, o.partner, o.year, o.flow);
      const current = this.best.get(k);
      if (!current || rank(o.source) < rank(current.source) || (rank(o.source) === rank(current.source) && o.source < current.source)) this.best.set(k, o);
    }
  }

  get(reporter: string, partner: string, year: number, flow: Flow): Observation | undefined {
    return this.best.get(key(reporter, partner, year, flow));
  }

  /** Years in which `reporter` reported anything about `partner`. */
  yearsReported(reporter: string, partner: string): number[] {
    const years = new Set<number>();
    for (const o of this.best.values()) if (o.reporter === reporter && o.partner === partner) years.add(o.year);
    return [...years].sort((a, b) => a - b);
  }

  all(): Iterable<Observation> {
    return this.best.values();
  }
}

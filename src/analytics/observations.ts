import { sourceRank as rank, type Flow } from '../domain.js';
import type { Observation } from '../queries/analytics.js';

export type { Observation } from '../queries/analytics.js';

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

import { FLOWS, WORLD, sourceRank as rank, type Flow } from '../domain.js';
import type { Observation } from '../queries/analytics.js';

export type { Observation } from '../queries/analytics.js';

// Observations of one reporter about one partner, by year and flow: a number (year × 8 + the flow's
// position), so a look-up builds no string. Each answer looks up hundreds of figures (bench/http profiles).
const FLOW_SLOT = Object.fromEntries(FLOWS.map((flow, i) => [flow, i])) as Record<Flow, number>;
const slot = (year: number, flow: Flow) => year * 8 + FLOW_SLOT[flow];

/**
 * The figure each reporter gave for each partner, year and flow. Where several sources report the
 * same thing, the first by priority (or the pinned source) answers, so every figure has one source.
 */
export class ObservationIndex {
  private readonly byReporter = new Map<string, Map<string, Map<number, Observation>>>();

  constructor(observations: Iterable<Observation>) {
    for (const o of observations) {
      let byPartner = this.byReporter.get(o.reporter);
      if (!byPartner) this.byReporter.set(o.reporter, (byPartner = new Map<string, Map<number, Observation>>()));
      let bySlot = byPartner.get(o.partner);
      if (!bySlot) byPartner.set(o.partner, (bySlot = new Map<number, Observation>()));
      const k = slot(o.year, o.flow);
      const current = bySlot.get(k);
      if (!current || rank(o.source) < rank(current.source) || (rank(o.source) === rank(current.source) && o.source < current.source)) bySlot.set(k, o);
    }
  }

  get(reporter: string, partner: string, year: number, flow: Flow): Observation | undefined {
    return this.byReporter.get(reporter)?.get(partner)?.get(slot(year, flow));
  }

  /** Years in which `reporter` reported anything about `partner`. */
  yearsReported(reporter: string, partner: string): number[] {
    const years = new Set<number>();
    for (const o of this.byReporter.get(reporter)?.get(partner)?.values() ?? []) years.add(o.year);
    return [...years].sort((a, b) => a - b);
  }

  /**
   * The countries `a` trades with in these observations, either side reporting, in `within` where
   * given. The World (reported World totals) is never one: it is all of them.
   */
  partnersOf(a: string, within: ReadonlySet<string> | null = null): string[] {
    const partners = new Set<string>();
    for (const o of this.all()) {
      const other = o.reporter === a ? o.partner : o.partner === a ? o.reporter : null;
      if (other !== null && other !== a && other !== WORLD && (within === null || within.has(other))) partners.add(other);
    }
    return [...partners];
  }

  *all(): Iterable<Observation> {
    for (const byPartner of this.byReporter.values()) for (const bySlot of byPartner.values()) yield* bySlot.values();
  }
}

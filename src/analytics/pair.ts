import { ObservationIndex, type Observation } from './observations.js';
import type { BasisPreference, Measure } from '../schemas/analytics.js';
import { cagrPct, changePct, pairYear, report, yoyPct, type PairYear } from './definitions.js';

export type YearRange = { year?: number | undefined; from?: number | undefined; to?: number | undefined };

/** The years asked for; open ends (and no range at all) take the first or last year with data. */
export function yearsOf(range: YearRange, covered: number[]): number[] {
  if (range.year !== undefined) return [range.year];
  if (covered.length === 0 && (range.from === undefined || range.to === undefined)) return [];
  const from = range.from ?? covered[0]!;
  const to = range.to ?? covered.at(-1)!;
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** A pair's observations, one per reporter, partner, year and flow (sources by priority, or the pinned one). */
export class Pair {
  readonly index: ObservationIndex;
  // Series, growth and YoY each ask for the same years, several times over.
  private readonly computed = new Map<number, PairYear>();

  /** `observations`: already only the pinned source's, where one is pinned (the query filters). */
  constructor(
    readonly a: string,
    readonly b: string,
    observations: Observation[],
  ) {
    this.index = new ObservationIndex(observations);
  }

  private covered: { reporter: number[]; partner: number[] } | undefined;
  private allYears: number[] | undefined;

  /** The years each side reported (each answer asks for it more than once: computed once). */
  coverage() {
    this.covered ??= { reporter: this.index.yearsReported(this.a, this.b), partner: this.index.yearsReported(this.b, this.a) };
    return this.covered;
  }

  /** Every year either side reported. */
  years(): number[] {
    if (!this.allYears) {
      const { reporter, partner } = this.coverage();
      this.allYears = [...new Set([...reporter, ...partner])].sort((x, y) => x - y);
    }
    return this.allYears;
  }

  year(year: number, prefer: BasisPreference): PairYear {
    const key = year * 2 + (prefer === 'reporter' ? 0 : 1);
    let row = this.computed.get(key);
    if (!row) this.computed.set(key, (row = pairYear(this.index, this.a, this.b, year, prefer)));
    return row;
  }

  /** Rows for the years, with YoY % of the total (the year before the first counts too). */
  series(years: number[], prefer: BasisPreference) {
    return years.map((year) => {
      const row = this.year(year, prefer);
      return { ...row, totalYoyPct: yoyPct(this.year(year - 1, prefer).total.value, row.total.value) };
    });
  }

  /** Each direction's report against the partner's report of the same goods (docs/definitions.md). */
  mirror(years: number[]) {
    return years.flatMap((year) =>
      (['export', 'import'] as const).map((flow) => {
        const reported = this.index.get(this.a, this.b, year, flow);
        const mirror = this.index.get(this.b, this.a, year, flow === 'export' ? 'import' : 'export');
        const r = reported?.valueUsd ?? null;
        const m = mirror?.valueUsd ?? null;
        const gap = r === null || m === null ? null : m - r;
        const [cif, fob] = flow === 'export' ? [m, r] : [r, m];
        return {
          year,
          flow,
          reported: report(reported),
          mirror: report(mirror),
          gap,
          gapPct: gap === null || r === 0 ? null : (gap / r!) * 100,
          cifFobRatio: cif === null || fob === null || fob === 0 ? null : cif / fob,
        };
      }),
    );
  }

  growth(measure: Measure, range: YearRange, prefer: BasisPreference) {
    const withValue = this.years().filter((y) => this.year(y, prefer)[measure].value !== null);
    const years = yearsOf(range, withValue);
    const value = (y: number) => this.year(y, prefer)[measure].value;
    const first = years[0];
    const last = years.at(-1);
    if (first === undefined || last === undefined) {
      const none = { year: null, value: null };
      return { start: none, end: none, change: null, changePct: null, cagrPct: null, yoy: [], note: `no ${measure} values for this pair` };
    }
    const v0 = value(first);
    const v1 = value(last);
    const note =
      v0 === null
        ? `no ${measure} value for ${first}, the start year: growth cannot be computed`
        : v0 === 0
          ? `the ${measure} value for ${first} is zero: growth is undefined`
          : v1 === null
            ? `no ${measure} value for ${last}, the end year`
            : null;
    return {
      start: { year: first, value: v0 },
      end: { year: last, value: v1 },
      change: v0 === null || v1 === null ? null : v1 - v0,
      changePct: changePct(v0, v1),
      cagrPct: cagrPct(v0, v1, last - first),
      yoy: years.map((y) => ({ year: y, value: value(y), pct: yoyPct(value(y - 1), value(y)) })),
      note,
    };
  }
}

import { ObservationIndex, type Observation } from './observations.js';
import { pairYear, sharesPct, type BasisPreference, type Figure, type Measure } from './figures.js';

export type RankedPartner = { rank: number; partner: string; value: number; sharePct: number | null; figure: Figure };

/**
 * A country's partners in one year by the measure, largest first (ties by code), with each one's
 * share of the sum over the set: every partner, or those in `within`.
 */
export function rankPartners(a: string, year: number, observations: Observation[], measure: Measure, prefer: BasisPreference, within?: Set<string>) {
  const index = new ObservationIndex(observations);
  const candidates = new Set<string>();
  for (const o of index.all()) {
    const other = o.reporter === a ? o.partner : o.partner === a ? o.reporter : null;
    if (other !== null && other !== a && (!within || within.has(other))) candidates.add(other);
  }
  const valued = [...candidates]
    .map((partner) => ({ partner, figure: pairYear(index, a, partner, year, prefer)[measure] }))
    .filter((p): p is { partner: string; figure: Figure & { value: number } } => p.figure.value !== null)
    .sort((x, y) => y.figure.value - x.figure.value || x.partner.localeCompare(y.partner));
  const shares = sharesPct(valued.map((p) => p.figure.value));
  const total = valued.reduce((sum, p) => sum + p.figure.value, 0);
  const ranked: RankedPartner[] = valued.map((p, i) => ({ rank: i + 1, partner: p.partner, value: p.figure.value, sharePct: shares[i]!, figure: p.figure }));
  return { total, ranked };
}

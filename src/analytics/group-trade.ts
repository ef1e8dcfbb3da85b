import { ObservationIndex, type Observation } from './observations.js';
import { directional, type Basis } from './figures.js';

export type MatrixCell = { reporter: string; partner: string; value: number | null; basis: Basis | null };

/**
 * Intra- and extra-group trade of one year's members (docs/definitions.md): exports(i→j) is i's
 * report, else j's mirror, as for any pair.
 */
export function groupTradeYear(members: string[], year: number, observations: Observation[]) {
  const index = new ObservationIndex(observations.filter((o) => o.year === year));
  const inGroup = new Set(members);
  const exportsOf = (i: string, j: string) => directional(index.get(i, j, year, 'export'), index.get(j, i, year, 'import'), 'reporter');

  const matrix: MatrixCell[] = [];
  for (const i of members) {
    for (const j of members) {
      if (i === j) continue;
      const f = exportsOf(i, j);
      matrix.push({ reporter: i, partner: j, value: f.value, basis: f.basis });
    }
  }
  const outside = new Map<string, Set<string>>(members.map((m) => [m, new Set<string>()]));
  for (const o of index.all()) {
    if (o.flow === 'export' && inGroup.has(o.reporter) && !inGroup.has(o.partner)) outside.get(o.reporter)!.add(o.partner);
    if (o.flow === 'import' && inGroup.has(o.partner) && !inGroup.has(o.reporter)) outside.get(o.partner)!.add(o.reporter);
  }
  let extra = 0;
  for (const [i, partners] of outside) for (const p of partners) extra += exportsOf(i, p).value ?? 0;
  const intra = matrix.reduce((sum, c) => sum + (c.value ?? 0), 0);
  const total = intra + extra;
  return { intra, extra, total, intraSharePct: total === 0 ? null : (intra / total) * 100, matrix };
}

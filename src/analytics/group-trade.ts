import type { Basis } from './figures.js';

export type MatrixCell = { reporter: string; partner: string; value: number | null; basis: Basis | null };

type ExportRow = { exporter: string; importer: string | null; value: number; basis: Basis | null };

/**
 * One year of a group's trade (docs/definitions.md) from its exports: rows per ordered member pair,
 * and per member its exports to non-members (importer null). Every ordered pair is in the matrix,
 * null where neither side reported.
 */
export function groupTradeYear(members: string[], rows: ExportRow[]) {
  const cells = new Map(rows.filter((r) => r.importer !== null).map((r) => [`${r.exporter}|${r.importer}`, r]));
  const matrix: MatrixCell[] = [];
  for (const i of members) {
    for (const j of members) {
      if (i === j) continue;
      const cell = cells.get(`${i}|${j}`);
      matrix.push({ reporter: i, partner: j, value: cell?.value ?? null, basis: cell?.basis ?? null });
    }
  }
  const intra = matrix.reduce((sum, c) => sum + (c.value ?? 0), 0);
  const extra = rows.filter((r) => r.importer === null).reduce((sum, r) => sum + r.value, 0);
  const total = intra + extra;
  return { intra, extra, total, intraSharePct: total === 0 ? null : (intra / total) * 100, matrix };
}

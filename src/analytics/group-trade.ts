import type { Database } from '../db/client.js';
import { perDatabase } from '../db/per-database.js';
import { groupExportsByYear, type GroupExportRow } from '../queries/analytics.js';
import { listGroupMembers } from '../queries/groups.js';
import type { Figure, GroupTradeQuery } from '../schemas/analytics.js';
import { requireGroup, requireSource } from '../services/lookups.js';
import type { AppContext } from '../services/context.js';
import type { DataVersion } from '../services/data-version.js';
import { VersionMemo } from '../services/version-memo.js';

export type MatrixCell = { reporter: string; partner: string; value: number | null; basis: Figure['basis'] };

/**
 * One year of a group's trade (docs/definitions.md) from its exports: rows per ordered pair and per
 * exporter its exports elsewhere (importer null). Rows may cover countries that were members in
 * other years: only this year's members export, and what they sell to a country not a member this
 * year counts as extra. Every ordered pair of members is in the matrix, null where neither side reported.
 */
export function groupTradeYear(members: string[], allRows: GroupExportRow[]) {
  const isMember = new Set(members);
  const rows = allRows
    .filter((r) => isMember.has(r.exporter))
    .map((r) => (r.importer === null || isMember.has(r.importer) ? r : { ...r, importer: null, basis: null }));
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

// About 150 bytes a row: 100,000 rows (the EU's 21 years are 16,000) stay within 15 MB of memory.
const MEMO_MAX_ROWS = 100_000;
const memos = perDatabase(
  () => new VersionMemo<Map<number, GroupExportRow[]>>(MEMO_MAX_ROWS, (byYear) => [...byYear.values()].reduce((n, rows) => n + rows.length, 0)),
);

/**
 * A group's exports by year, computed once per data version (services/version-memo.ts): the query
 * reads every report by or about the members (the EU: 10,000 rows a year, 50-90 ms for one year on
 * Postgres with the IMF file) and its result only changes with an import.
 */
function memoisedExports(db: Database, version: string, countries: string[], from: number, to: number, source: string | undefined) {
  const key = `${countries.join(',')}|${from}|${to}|${source ?? ''}`;
  return memos(db).get(version, key, () => groupExportsByYear(db, countries, from, to, source));
}

type Period = { iso3: string; fromYear: number | null; toYear: number | null };

/** The members in `year`, by code: membership periods are inclusive, a null bound is open. */
export function membersIn(periods: Period[], year: number): string[] {
  const inYear = (m: Period) => (m.fromYear === null || m.fromYear <= year) && (m.toYear === null || m.toYear >= year);
  return [...new Set(periods.filter(inYear).map((m) => m.iso3))].sort();
}

/** GET /v1/groups/{id}/trade: one year as an object, a range as one object per year in `data`. */
export async function groupTrade(ctx: AppContext & { version: DataVersion }, id: string, q: GroupTradeQuery) {
  const group = await requireGroup(ctx.db, id, { in: 'path', name: 'id' });
  await requireSource(ctx.db, q.source);
  const periods = await listGroupMembers(ctx.db, group.id);
  const country = (iso3: string) => ctx.countries.ref(iso3);
  const [from, to] = q.year !== undefined ? [q.year, q.year] : [q.from!, q.to!];
  const years = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  // Membership changes between years: every country that was a member in any of them is asked for.
  const everMembers = [...new Set(years.flatMap((year) => membersIn(periods, year)))];
  const exports = await memoisedExports(ctx.db, await ctx.version.current(), everMembers.sort(), from, to, q.source);
  const answer = (year: number) => {
    const members = membersIn(periods, year);
    const trade = groupTradeYear(members, exports.get(year) ?? []);
    return {
      group: group.id,
      year,
      unit: 'USD' as const,
      members: members.map(country),
      intra: { value: trade.intra },
      extra: { value: trade.extra },
      total: { value: trade.total },
      intraSharePct: trade.intraSharePct,
      matrix: trade.matrix.map((c) => ({ reporter: country(c.reporter), partner: country(c.partner), value: c.value, basis: c.basis })),
    };
  };
  if (q.year !== undefined) return answer(q.year);
  return { group: group.id, data: years.map(answer) };
}

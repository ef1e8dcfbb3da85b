import type { Database } from '../db/client.js';
import { perDatabase } from '../db/per-database.js';
import { groupExportsByYear, type GroupExportRow } from '../queries/analytics.js';
import { listGroupMembers } from '../queries/groups.js';
import type { Figure, GroupTradeQuery } from '../schemas/analytics.js';
import { requireGroup, requireSource } from '../services/lookups.js';
import type { AppContext } from '../services/context.js';
import type { DataVersion } from '../services/data-version.js';
import { VersionMemo } from '../services/version-memo.js';
import { NO_FIGURE, sumFigure } from './definitions.js';
import { ANY_SOURCE, byPriority, othersNote, outsideNote, pinnedId, sourceRequest, yearRanges, yearsAndSource, yearsOfTally } from './source-choice.js';
import { sourceCoverage } from './source-coverage.js';
import { chooseCommodity } from './commodity-choice.js';
import { ALL_GOODS } from '../domain.js';

export type MatrixCell = Figure & { reporter: string; partner: string };

const figureOf = (r: GroupExportRow): Figure => ({ value: r.value, basis: r.basis, estimated: r.estimated, source: r.source, derived: r.derived });

/**
 * One year of a group's trade (docs/definitions.md) from its exports: rows per ordered pair and per
 * exporter its exports elsewhere (importer null). Rows may cover countries that were members in
 * other years: only this year's members export, and what they sell to a country not a member this
 * year counts as extra. Every ordered pair of members is in the matrix, null where neither side
 * reported. Intra, extra and total are figures like any other (definitions.ts sumFigure).
 */
export function groupTradeYear(members: string[], allRows: GroupExportRow[]) {
  const isMember = new Set(members);
  const rows = allRows.filter((r) => isMember.has(r.exporter)).map((r) => (r.importer === null || isMember.has(r.importer) ? r : { ...r, importer: null }));
  const cells = new Map(rows.filter((r) => r.importer !== null).map((r) => [`${r.exporter}|${r.importer}`, r]));
  const matrix: MatrixCell[] = [];
  for (const i of members) {
    for (const j of members) {
      if (i === j) continue;
      const cell = cells.get(`${i}|${j}`);
      matrix.push({ reporter: i, partner: j, ...(cell ? figureOf(cell) : NO_FIGURE) });
    }
  }
  const intraFigures = matrix.filter((c) => c.value !== null);
  const extraFigures = rows.filter((r) => r.importer === null).map(figureOf);
  const intra = sumFigure(intraFigures, 0);
  const extra = sumFigure(extraFigures, 0);
  const total = sumFigure([...intraFigures, ...extraFigures], 0);
  return { intra, extra, total, intraSharePct: total.value === 0 ? null : (intra.value! / total.value!) * 100, matrix };
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
function memoisedExports(db: Database, version: string, countries: string[], from: number, to: number, source: string | undefined, commodity: string) {
  const key = `${countries.join(',')}|${from}|${to}|${source ?? ''}|${commodity}`;
  return memos(db).get(version, key, () => groupExportsByYear(db, countries, from, to, source, commodity));
}

type Period = { iso3: string; fromYear: number | null; toYear: number | null };

/** The members in `year`, by code: membership periods are inclusive, a null bound is open. */
export function membersIn(periods: Period[], year: number): string[] {
  const inYear = (m: Period) => (m.fromYear === null || m.fromYear <= year) && (m.toYear === null || m.toYear >= year);
  return [...new Set(periods.filter(inYear).map((m) => m.iso3))].sort();
}

/** GET /v1/groups/{id}/trade: one object per year in `data` (one year: `year`; a range: `from`/`to`; neither: the latest year). */
export async function groupTrade(ctx: AppContext & { version: DataVersion }, id: string, q: GroupTradeQuery) {
  const group = await requireGroup(ctx.db, id, { in: 'path', name: 'id' });
  const commodity = await chooseCommodity(ctx, q.commodity);
  const request = sourceRequest(q.source);
  await requireSource(ctx.db, pinnedId(request));
  const periods = await listGroupMembers(ctx.db, group.id);
  const version = await ctx.version.current();
  const everMember = [...new Set(periods.map((p) => p.iso3))].sort();
  const tally = await sourceCoverage(ctx.db, version, everMember, commodity.code);
  const { years, source, span } = yearsAndSource(tally, request, q);
  const notes = [outsideNote(tally, source, years, group.id)];
  if (request.kind === 'choose' && source !== null) notes.push(othersNote(tally, source, span));
  if (request.kind === 'any') {
    const inSpan = [...tally.keys()].filter((s) => yearsOfTally(tally, s).some((y) => years.includes(y)));
    notes.push(
      inSpan.length < 2
        ? null
        : `source=any: each member pair's exports come from the highest-priority source that has them; these years mix ${inSpan.sort(byPriority).join(', ')}`,
    );
  }
  const country = (iso3: string) => ctx.countries.ref(iso3);
  // Membership changes between years: every country that was a member in any of them is asked for.
  const asked = [...new Set(years.flatMap((year) => membersIn(periods, year)))].sort();
  const exports =
    years.length === 0
      ? new Map<number, GroupExportRow[]>()
      : await memoisedExports(ctx.db, version, asked, years[0]!, years.at(-1)!, pinnedId(request) ?? source ?? undefined, commodity.code);
  const answer = (year: number) => {
    const members = membersIn(periods, year);
    const rows = exports.get(year) ?? [];
    const trade = groupTradeYear(members, rows);
    // A year without a single figure is unknown, not zero (a year without members trades nothing: 0).
    const known = (figure: Figure): Figure => (rows.length === 0 && members.length > 0 ? { ...figure, value: null } : figure);
    return {
      group: group.id,
      year,
      unit: 'USD' as const,
      members: members.map(country),
      intra: known(trade.intra),
      extra: known(trade.extra),
      total: known(trade.total),
      intraSharePct: trade.intraSharePct,
      matrix: trade.matrix.map((c) => ({ ...c, reporter: country(c.reporter), partner: country(c.partner) })),
    };
  };
  const empty = years.filter((y) => (exports.get(y) ?? []).length === 0 && yearsOfTally(tally, source).includes(y));
  if (empty.length > 0)
    notes.push(
      `no export or import figures of the members in ${yearRanges(empty)} (only reported totals, which cannot be split by direction): figures there are null`,
    );
  if (tally.size === 0 && commodity.code !== ALL_GOODS)
    notes.unshift(`no figures for ${commodity.code} (${commodity.name}) by or about any member of ${group.id} in any source`);
  return {
    group: group.id,
    commodity: { code: commodity.code, level: commodity.level, name: commodity.name },
    unit: 'USD' as const,
    source: request.kind === 'any' ? ANY_SOURCE : source,
    data: years.map(answer),
    notes: notes.filter((n): n is string => n !== null),
  };
}

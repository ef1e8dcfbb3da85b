import { ALL_GOODS } from '../domain.js';
import { perDatabase } from '../db/per-database.js';
import { listAvailability, type AvailabilityFilter, type AvailabilityRow } from '../queries/availability.js';
import type { AvailabilityQuery } from '../schemas/availability.js';
import type { ReadContext } from './context.js';
import { requireSource } from './lookups.js';
import { decodeCursor, paginate, type PageAnswer } from './pages.js';
import { VersionMemo } from './version-memo.js';

type Key = [reporter: string, year: number, source: string];
const isKey = (v: unknown): v is Key => Array.isArray(v) && v.length === 3 && typeof v[0] === 'string' && Number.isInteger(v[1]) && typeof v[2] === 'string';

export const AVAILABILITY_CSV_COLUMNS = ['reporter', 'reporterName', 'year', 'source', 'partners', 'levels', 'flows', 'release', 'releasedAt'];

// The whole table (every reporter, year and source: a few thousand rows for the IMF's 190 reporters) is one aggregate
// over every figure: computed once per data version, and filtered in memory by source and year. A filtered
// answer is kept per filter.
const memos = perDatabase(() => new VersionMemo<AvailabilityRow[]>(500_000, (rows) => rows.length + 1));

const after = (row: AvailabilityRow, key: Key) =>
  row.reporter > key[0] || (row.reporter === key[0] && (row.year > key[1] || (row.year === key[1] && row.source > key[2])));

/** GET /v1/availability: what each reporter reported, per year and source, before anyone queries the figures. */
export async function availabilityPage(ctx: ReadContext, q: AvailabilityQuery) {
  const asked = (['reporter', 'partner'] as const).flatMap((name) => (q[name] === undefined ? [] : [{ code: q[name], name, in: 'query' as const }]));
  const resolved = new Map(ctx.countries.resolveAll(asked).map((c, i) => [asked[i]!.name, c.iso3]));
  await requireSource(ctx.db, q.source);
  const level = q.level === undefined ? undefined : q.level === ALL_GOODS ? 0 : Number(q.level);
  const from = q.year ?? q.from;
  const to = q.year ?? q.to;
  const filter: AvailabilityFilter = { reporter: resolved.get('reporter'), partner: resolved.get('partner'), source: q.source, from, to, level };
  const version = await ctx.version.current();
  let rows: AvailabilityRow[];
  if (filter.reporter === undefined && filter.partner === undefined) {
    const all = await memos(ctx.db).get(version, String(level ?? 'any'), () => listAvailability(ctx.db, { level }));
    rows = all.filter((r) => (q.source === undefined || r.source === q.source) && (from === undefined || r.year >= from) && (to === undefined || r.year <= to));
  } else {
    // A large reporter's figures are a quarter of a million rows at the 30M-row scale: its answer is kept too.
    rows = await memos(ctx.db).get(version, JSON.stringify(filter), () => listAvailability(ctx.db, filter));
  }
  const cursor = decodeCursor(q.cursor, isKey);
  const start = cursor === undefined ? 0 : rows.findIndex((r) => after(r, cursor));
  const window = start === -1 ? [] : rows.slice(start, start + q.limit + 1);
  const page = paginate(window, q.limit, (r) => [r.reporter, r.year, r.source]);
  const body = {
    data: page.data.map((r) => ({ ...r, reporter: ctx.countries.ref(r.reporter), releasedAt: r.releasedAt?.toISOString() ?? null })),
    page: page.page,
  };
  const answer: PageAnswer<typeof body> = {
    body,
    csvRecords: () =>
      body.data.map((r) => ({ ...r, reporter: r.reporter.iso3, reporterName: r.reporter.name, levels: r.levels.join(' '), flows: r.flows.join(' ') })),
  };
  return answer;
}

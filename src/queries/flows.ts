import { and, asc, eq, gt, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { tradeFlowRevisions, tradeFlows } from '../db/schema.js';
import type { Flow } from '../domain.js';
import type { AsOfCutoffs } from './releases.js';

export type FlowKey = [reporter: string, partner: string, year: number, flow: string, commodity: string, source: string];

export type FlowFilter = {
  reporter?: string | undefined;
  partner?: string | undefined;
  year?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
  flow?: Flow | undefined;
  commodity?: string | undefined;
  source?: string | undefined;
  after?: FlowKey | undefined;
  /** Values as they stood when these releases (per source, the last that counts) had committed; undefined = current values. */
  asOf?: AsOfCutoffs | undefined;
  limit: number;
};

const t = tradeFlows;

/** A row's cutoff: the last release of its own source that counts (0 for a source with none). */
function cutoffFor(cutoffs: AsOfCutoffs): SQL {
  const cases = [...cutoffs].map(([source, last]) => sql`WHEN ${source} THEN ${last}::int`);
  return sql`(CASE ${t.sourceId} ${sql.join(cases, sql` `)} ELSE 0 END)`;
}

/**
 * Raw observations in key order (the unique index's order, so paging is an index range scan).
 * With `asOf`, each value is the one that stood then: the oldest revision replaced by a release
 * past its source's cutoff, or the current value if none was; flows first loaded later are left out.
 */
export function listFlows(db: Database, f: FlowFilter) {
  const r = tradeFlowRevisions;
  const asOf = f.asOf === undefined ? undefined : cutoffFor(f.asOf);
  const earlier = db
    .select({ valueUsd: r.valueUsd, estimated: r.estimated, releaseId: r.releaseId })
    .from(r)
    .where(and(eq(r.flowId, t.id), gt(r.replacedByReleaseId, asOf ?? 0)))
    .orderBy(asc(r.replacedByReleaseId))
    .limit(1)
    .as('earlier');
  const release = sql<number>`coalesce(${earlier.releaseId}, ${t.releaseId})`.mapWith(Number);
  const where: (SQL | undefined)[] = [
    f.reporter === undefined ? undefined : eq(t.reporter, f.reporter),
    f.partner === undefined ? undefined : eq(t.partner, f.partner),
    f.year === undefined ? undefined : eq(t.year, f.year),
    f.from === undefined ? undefined : gte(t.year, f.from),
    f.to === undefined ? undefined : lte(t.year, f.to),
    f.flow === undefined ? undefined : eq(t.flow, f.flow),
    f.commodity === undefined ? undefined : eq(t.commodity, f.commodity),
    f.source === undefined ? undefined : eq(t.sourceId, f.source),
    f.after === undefined
      ? undefined
      : sql`(${t.reporter}, ${t.partner}, ${t.year}, ${t.flow}, ${t.commodity}, ${t.sourceId}) > (${f.after[0]}, ${f.after[1]}, ${f.after[2]}, ${f.after[3]}, ${f.after[4]}, ${f.after[5]})`,
    asOf === undefined ? undefined : lte(release, asOf),
    // Sources with nothing committed by then have no row to show: ruled out by the source index, so
    // asOf before a big source's first import does not walk that source's million rows.
    f.asOf === undefined ? undefined : inArray(t.sourceId, [...f.asOf.keys()]),
  ];
  const columns = {
    reporter: t.reporter,
    partner: t.partner,
    year: t.year,
    flow: t.flow,
    commodity: t.commodity,
    source: t.sourceId,
    note: t.note,
  };
  const order = [asc(t.reporter), asc(t.partner), asc(t.year), asc(t.flow), asc(t.commodity), asc(t.sourceId)];
  if (asOf === undefined) {
    return db
      .select({ ...columns, valueUsd: t.valueUsd, estimated: t.estimated, release: t.releaseId })
      .from(t)
      .where(and(...where))
      .orderBy(...order)
      .limit(f.limit + 1);
  }
  return db
    .select({
      ...columns,
      valueUsd: sql<number>`coalesce(${earlier.valueUsd}, ${t.valueUsd})`.mapWith(Number),
      estimated: sql<boolean>`coalesce(${earlier.estimated}, ${t.estimated})`.mapWith(Boolean),
      release,
    })
    .from(t)
    .leftJoinLateral(earlier, sql`true`)
    .where(and(...where))
    .orderBy(...order)
    .limit(f.limit + 1);
}

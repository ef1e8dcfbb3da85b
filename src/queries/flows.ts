import { and, asc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { tradeFlows, type Flow } from '../db/schema.js';

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
  limit: number;
};

const t = tradeFlows;

/** Raw observations in key order (the unique index's order, so paging is an index range scan). */
export function listFlows(db: Database, f: FlowFilter) {
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
  ];
  return db
    .select({
      reporter: t.reporter,
      partner: t.partner,
      year: t.year,
      flow: t.flow,
      commodity: t.commodity,
      valueUsd: t.valueUsd,
      estimated: t.estimated,
      source: t.sourceId,
      release: t.releaseId,
      note: t.note,
    })
    .from(t)
    .where(and(...where))
    .orderBy(asc(t.reporter), asc(t.partner), asc(t.year), asc(t.flow), asc(t.commodity), asc(t.sourceId))
    .limit(f.limit + 1);
}

import { sql, type SQL } from 'drizzle-orm';
import { ALL_GOODS } from '../domain.js';
import { queryRows, type Database } from '../db/client.js';

export type AvailabilityFilter = {
  reporter?: string | undefined;
  partner?: string | undefined;
  source?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  /** 0 for TOTAL, else an HS level. */
  level?: number | undefined;
};

export type AvailabilityRow = {
  reporter: string;
  year: number;
  source: string;
  partners: number;
  levels: number[];
  flows: string[];
  release: number;
  releasedAt: Date | null;
};

const LEVEL = sql.raw(`CASE WHEN commodity = '${ALL_GOODS}' THEN 0 ELSE length(commodity) END`);

/**
 * What each reporter reported, per year and source: how many partners, at which commodity levels,
 * which flows, and the latest release that wrote any of it (with the time it committed).
 */
export async function listAvailability(db: Database, f: AvailabilityFilter): Promise<AvailabilityRow[]> {
  const where: SQL[] = [];
  if (f.reporter !== undefined) where.push(sql`reporter = ${f.reporter}`);
  if (f.partner !== undefined) where.push(sql`partner = ${f.partner}`);
  if (f.source !== undefined) where.push(sql`source_id = ${f.source}`);
  if (f.from !== undefined) where.push(sql`year >= ${f.from}`);
  if (f.to !== undefined) where.push(sql`year <= ${f.to}`);
  if (f.level !== undefined) where.push(sql`${LEVEL} = ${f.level}`);
  const rows = await queryRows<AvailabilityRow & { year: number | string; release: number | string }>(
    db,
    sql`
    WITH covered AS (
      SELECT reporter, year, source_id AS source, count(DISTINCT partner)::int AS partners,
             array_agg(DISTINCT ${LEVEL} ORDER BY ${LEVEL}) AS levels, array_agg(DISTINCT flow ORDER BY flow) AS flows, max(release_id) AS release
      FROM trade_flows ${where.length > 0 ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``}
      GROUP BY reporter, year, source_id
    )
    SELECT c.*, r.finished_at AS "releasedAt" FROM covered c LEFT JOIN releases r ON r.id = c.release
    ORDER BY c.reporter, c.year, c.source`,
  );
  return rows.map((r) => ({
    ...r,
    year: Number(r.year),
    release: Number(r.release),
    levels: r.levels.map(Number),
    releasedAt: r.releasedAt === null ? null : new Date(r.releasedAt),
  }));
}

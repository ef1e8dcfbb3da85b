import { and, eq, max, or, sql } from 'drizzle-orm';
import { LAST, LAST_SOURCE_RANK, OTHER_SOURCE_RANK, SOURCE_PRIORITY, type Observation } from '../analytics/observations.js';
import { queryRows, type Database } from '../db/client.js';
import { tradeFlows } from '../db/schema.js';

const t = tradeFlows;

const observationColumns = {
  reporter: t.reporter,
  partner: t.partner,
  year: t.year,
  flow: t.flow,
  valueUsd: t.valueUsd,
  estimated: t.estimated,
  source: t.sourceId,
};

// Hot statements are prepared once per database: unprepared builder calls ran at about half the throughput.
const prepared = new WeakMap<Database, ReturnType<typeof prepare>>();

function prepare(db: Database) {
  const a = sql.placeholder('a');
  const b = sql.placeholder('b');
  return {
    pair: db
      .select(observationColumns)
      .from(t)
      .where(and(eq(t.commodity, 'TOTAL'), or(and(eq(t.reporter, a), eq(t.partner, b)), and(eq(t.reporter, b), eq(t.partner, a)))))
      .prepare('analytics_pair'),
    country: db
      .select(observationColumns)
      .from(t)
      .where(and(eq(t.commodity, 'TOTAL'), eq(t.year, sql.placeholder('year')), or(eq(t.reporter, a), eq(t.partner, a))))
      .prepare('analytics_country'),
  };
}

const statements = (db: Database) => {
  let s = prepared.get(db);
  if (!s) prepared.set(db, (s = prepare(db)));
  return s;
};

/** Everything either side of a pair reported about the other, all years (a few hundred rows at most). */
export function pairObservations(db: Database, a: string, b: string): Promise<Observation[]> {
  return statements(db).pair.execute({ a, b });
}

/** What a country reported about every partner, and what every partner reported about it, in one year. */
export function countryObservations(db: Database, a: string, year: number): Promise<Observation[]> {
  return statements(db).country.execute({ a, year });
}

/** The latest year anyone reported trade of the country. */
export async function latestYear(db: Database, a: string): Promise<number | null> {
  const [row] = await db
    .select({ year: max(t.year) })
    .from(t)
    .where(and(eq(t.commodity, 'TOTAL'), or(eq(t.reporter, a), eq(t.partner, a))));
  return row?.year ?? null;
}

/** The same order of sources as ObservationIndex, for SQL that picks one report per key. */
const sourceRank = sql.raw(
  `CASE f.source_id ${SOURCE_PRIORITY.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ${LAST.map((s) => `WHEN '${s}' THEN ${LAST_SOURCE_RANK}`).join(' ')} ELSE ${OTHER_SOURCE_RANK} END`,
);

export type GroupExportRow = { exporter: string; importer: string | null; value: number; basis: 'reporter' | 'mirror' | null };

/**
 * One year of a group's exports, aggregated in Postgres so only what the answer shows leaves it:
 * a row per ordered member pair, and a row per member with its exports to non-members summed
 * (importer null). exports(i→p) is i's report, else p's import report (the mirror). The members
 * are a literal list, so the planner uses the reporter and partner indexes.
 */
export async function groupExports(db: Database, members: string[], year: number, source: string | undefined): Promise<GroupExportRow[]> {
  if (members.length === 0) return [];
  const list = sql.join(members.map((m) => sql`${m}`), sql`, `);
  const rows = await queryRows<GroupExportRow & { value: string }>(
    db,
    sql`
    WITH obs AS (
      SELECT DISTINCT ON (f.reporter, f.partner, f.flow) f.reporter, f.partner, f.flow, f.value_usd
      FROM trade_flows f
      WHERE f.commodity = 'TOTAL' AND f.year = ${year}
        AND ((f.flow = 'export' AND f.reporter IN (${list})) OR (f.flow = 'import' AND f.partner IN (${list})))
        AND (${source ?? null}::text IS NULL OR f.source_id = ${source ?? null}::text)
      ORDER BY f.reporter, f.partner, f.flow, ${sourceRank}, f.source_id
    ),
    x AS (
      SELECT coalesce(e.reporter, i.partner) AS exporter, coalesce(e.partner, i.reporter) AS importer,
             coalesce(e.value_usd, i.value_usd) AS value, CASE WHEN e.value_usd IS NOT NULL THEN 'reporter' ELSE 'mirror' END AS basis
      FROM (SELECT * FROM obs WHERE flow = 'export') e
      FULL JOIN (SELECT * FROM obs WHERE flow = 'import') i ON e.reporter = i.partner AND e.partner = i.reporter
    )
    SELECT exporter, importer, value, basis FROM x WHERE importer IN (${list})
    UNION ALL
    SELECT exporter, NULL, sum(value), NULL FROM x WHERE importer NOT IN (${list}) GROUP BY exporter`,
  );
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

import { and, eq, max, or, sql, type SQL } from 'drizzle-orm';
import { ALL_GOODS, FLOWS, OTHER_SOURCES, SOURCE_PRIORITY, WORLD, YEAR_BOUNDS, sourceRank, type Basis } from '../domain.js';
import { queryRows, type Database } from '../db/client.js';
import { tradeFlows } from '../db/schema.js';
import { perDatabase } from '../db/per-database.js';
import { rawRows, type RawStatement } from '../db/raw-statement.js';
import { countryProducts, pairProducts } from './products.js';

/** Every year a figure may have: an HS code's series. */
const ALL_YEARS = { from: YEAR_BOUNDS.min, to: YEAR_BOUNDS.max };

const t = tradeFlows;

/**
 * One figure for the commodity asked (TOTAL or an HS code), as the analytics queries select it:
 * reported, or `derived` as the sum of the reported codes one level down (docs/definitions.md).
 */
export type Observation = Pick<typeof tradeFlows.$inferSelect, 'reporter' | 'partner' | 'year' | 'flow' | 'valueUsd' | 'estimated'> & {
  source: string;
  derived: boolean;
};

// Each statement comes with and without a pinned source, so neither plan carries an "any source" branch.
// Prepared once per database: unprepared builder calls ran at about half the throughput.
const statements = perDatabase((db: Database) => {
  const a = sql.placeholder('a');
  const ofSource = eq(t.sourceId, sql.placeholder('source'));
  return {
    latestYear: db
      .select({ year: max(t.year) })
      .from(t)
      .where(and(eq(t.commodity, ALL_GOODS), or(eq(t.reporter, a), eq(t.partner, a))))
      .prepare('analytics_latest_year'),
    latestYearOfSource: db
      .select({ year: max(t.year) })
      .from(t)
      .where(and(eq(t.commodity, ALL_GOODS), or(eq(t.reporter, a), eq(t.partner, a)), ofSource))
      .prepare('analytics_latest_year_source'),
  };
});

// The observations of the hottest requests, run by the driver itself (db/raw-statement.ts). value_usd
// is numeric(20,2): its float8 is the double nearest its decimal, as Number() of its text would be.
const OBSERVATION_COLUMNS = `reporter, partner, year, flow, value_usd::float8 AS "valueUsd", estimated, source_id AS source, false AS derived`;
const PAIR_WHERE = `commodity = '${ALL_GOODS}' AND ((reporter = $1 AND partner = $2) OR (reporter = $2 AND partner = $1))`;
const COUNTRY_WHERE = `commodity = '${ALL_GOODS}' AND year = $2 AND (reporter = $1 OR partner = $1)`;
const observationStatements = {
  pair: { name: 'analytics_pair', text: `SELECT ${OBSERVATION_COLUMNS} FROM trade_flows WHERE ${PAIR_WHERE}` },
  pairOfSource: { name: 'analytics_pair_source', text: `SELECT ${OBSERVATION_COLUMNS} FROM trade_flows WHERE ${PAIR_WHERE} AND source_id = $3` },
  country: { name: 'analytics_country', text: `SELECT ${OBSERVATION_COLUMNS} FROM trade_flows WHERE ${COUNTRY_WHERE}` },
  countryOfSource: { name: 'analytics_country_source', text: `SELECT ${OBSERVATION_COLUMNS} FROM trade_flows WHERE ${COUNTRY_WHERE} AND source_id = $3` },
} satisfies Record<string, RawStatement>;

/**
 * Everything either side of a pair reported about the other for the commodity, all years (a few
 * hundred rows at most); only `source`'s if given.
 */
export function pairObservations(db: Database, a: string, b: string, source: string | undefined, commodity: string = ALL_GOODS): Promise<Observation[]> {
  // An HS code: the products query at the code's own level, under the code itself (every year).
  if (commodity !== ALL_GOODS) return pairProducts(db, a, b, { ...ALL_YEARS, level: commodity.length, parent: commodity, source });
  const s = observationStatements;
  return source === undefined ? rawRows(db, s.pair, [a, b]) : rawRows(db, s.pairOfSource, [a, b, source]);
}

/**
 * A pair's all-goods figures as the sums of its reported goods (the nearest level present: chapters,
 * else headings), every one derived: for a pair with no reported TOTAL at all.
 */
export function pairProductSums(db: Database, a: string, b: string, source: string | undefined): Promise<Observation[]> {
  // Level 0 under no parent: one code (the empty one) whose own report never exists, so each figure is derived.
  return pairProducts(db, a, b, { ...ALL_YEARS, level: 0, parent: null, source });
}

/**
 * What a country reported about every partner, and what every partner reported about it, for the
 * commodity in one year; only `source`'s if given.
 */
export function countryObservations(db: Database, a: string, year: number, source: string | undefined, commodity: string = ALL_GOODS): Promise<Observation[]> {
  if (commodity !== ALL_GOODS) return countryProducts(db, a, { from: year, to: year, level: commodity.length, parent: commodity, source }, FLOWS);
  const s = observationStatements;
  return source === undefined ? rawRows(db, s.country, [a, year]) : rawRows(db, s.countryOfSource, [a, year, source]);
}

/** Which commodity levels (0 = TOTAL, 2, 4, 6) anyone reported for trade between a and b (or of a with anyone, b undefined). */
export async function levelsPresent(db: Database, a: string, b: string | undefined): Promise<number[]> {
  const pair = b === undefined ? sql`(reporter = ${a} OR partner = ${a})` : sql`((reporter = ${a} AND partner = ${b}) OR (reporter = ${b} AND partner = ${a}))`;
  const rows = await queryRows<{ level: number }>(
    db,
    sql`SELECT DISTINCT CASE WHEN commodity = ${ALL_GOODS} THEN 0 ELSE length(commodity) END AS level FROM trade_flows WHERE ${pair} ORDER BY 1`,
  );
  return rows.map((r) => Number(r.level));
}

/** `commodity`'s rows, for SQL built here: TOTAL's, or an HS code's and those of the codes below it. */
const ofCommodity = (commodity: string) =>
  commodity === ALL_GOODS ? sql`commodity = ${ALL_GOODS}` : sql`commodity <> ${ALL_GOODS} AND left(commodity, ${commodity.length}) = ${commodity}`;

/** The latest year anyone reported trade of the country (in `source`, where one is pinned), for the commodity. */
export async function latestYear(db: Database, a: string, source: string | undefined, commodity: string = ALL_GOODS): Promise<number | null> {
  if (commodity !== ALL_GOODS) {
    const [row] = await queryRows<{ year: number | null }>(
      db,
      sql`SELECT max(year) AS year FROM trade_flows WHERE ${ofCommodity(commodity)} AND (reporter = ${a} OR partner = ${a})
          AND (${source ?? null}::text IS NULL OR source_id = ${source ?? null}::text)`,
    );
    return row?.year ?? null;
  }
  const s = statements(db);
  const [row] = source === undefined ? await s.latestYear.execute({ a }) : await s.latestYearOfSource.execute({ a, source });
  return row?.year ?? null;
}

/** domain.ts's source priority (as ObservationIndex applies it), for SQL that picks one report per key. */
const sourceRankSql = sql.raw(
  `CASE f.source_id ${SOURCE_PRIORITY.filter((s) => s !== OTHER_SOURCES)
    .map((s) => `WHEN '${s}' THEN ${sourceRank(s)}`)
    .join(' ')} ELSE ${sourceRank(OTHER_SOURCES)} END`,
);

/**
 * trade_flows rows where `where` holds as figures of one commodity, for SQL that aggregates them further: TOTAL's
 * rows as they are; for an HS code, per key and source its own report, else the sum of the reported
 * codes at the nearest level below (derived), as queries/products.ts does.
 */
function commodityFigures(commodity: string, where: SQL) {
  if (commodity === ALL_GOODS)
    return sql`SELECT year, reporter, partner, flow, value_usd, estimated, source_id, false AS derived FROM trade_flows WHERE commodity = ${ALL_GOODS} AND ${where}`;
  return sql`
    SELECT DISTINCT ON (year, reporter, partner, flow, source_id) year, reporter, partner, flow, value_usd, estimated, source_id, level > ${commodity.length} AS derived
    FROM (
      SELECT year, reporter, partner, flow, source_id, length(commodity) AS level, sum(value_usd) AS value_usd, bool_or(estimated) AS estimated
      FROM trade_flows WHERE commodity <> ${ALL_GOODS} AND left(commodity, ${commodity.length}) = ${commodity} AND ${where}
      GROUP BY year, reporter, partner, flow, source_id, length(commodity)
    ) by_level
    ORDER BY year, reporter, partner, flow, source_id, level`;
}

export type GroupExportRow = {
  exporter: string;
  importer: string | null;
  value: number;
  basis: Basis | null;
  estimated: boolean;
  source: string;
  derived: boolean;
};

/**
 * A group's exports over a range of years, aggregated in Postgres so only what the answers show
 * leaves it: per year, a row per ordered pair of `countries` (every country that was a member in
 * any of the years), and a row per country with its exports to all other countries summed
 * (importer null). exports(i→p) is i's report, else p's import report (the mirror). One query for
 * the whole range: each year's membership is applied to these rows in memory. The countries are a
 * literal list, so the planner uses the reporter and partner indexes.
 */
export async function groupExportsByYear(
  db: Database,
  countries: string[],
  from: number,
  to: number,
  source: string | undefined,
  commodity: string = ALL_GOODS,
): Promise<Map<number, GroupExportRow[]>> {
  const byYear = new Map<number, GroupExportRow[]>();
  if (countries.length === 0) return byYear;
  const list = sql.join(
    countries.map((m) => sql`${m}`),
    sql`, `,
  );
  const rows = await queryRows<GroupExportRow & { year: number; value: string }>(
    db,
    sql`
    WITH obs AS (
      SELECT DISTINCT ON (f.year, f.reporter, f.partner, f.flow) f.year, f.reporter, f.partner, f.flow, f.value_usd, f.estimated, f.source_id, f.derived
      FROM (${commodityFigures(
        commodity,
        sql`year BETWEEN ${from} AND ${to} AND partner <> ${WORLD} AND reporter <> ${WORLD}
        AND ((flow = 'export' AND reporter IN (${list})) OR (flow = 'import' AND partner IN (${list})))
        AND (${source ?? null}::text IS NULL OR source_id = ${source ?? null}::text)`,
      )}) f
      ORDER BY f.year, f.reporter, f.partner, f.flow, ${sourceRankSql}, f.source_id
    ),
    x AS (
      SELECT coalesce(e.year, i.year) AS year, coalesce(e.reporter, i.partner) AS exporter, coalesce(e.partner, i.reporter) AS importer,
             coalesce(e.value_usd, i.value_usd) AS value, CASE WHEN e.value_usd IS NOT NULL THEN 'reporter' ELSE 'mirror' END AS basis,
             CASE WHEN e.value_usd IS NOT NULL THEN e.estimated ELSE i.estimated END AS estimated,
             CASE WHEN e.value_usd IS NOT NULL THEN e.source_id ELSE i.source_id END AS source,
             CASE WHEN e.value_usd IS NOT NULL THEN e.derived ELSE i.derived END AS derived
      FROM (SELECT * FROM obs WHERE flow = 'export') e
      FULL JOIN (SELECT * FROM obs WHERE flow = 'import') i ON e.year = i.year AND e.reporter = i.partner AND e.partner = i.reporter
    )
    SELECT year, exporter, importer, value, basis, estimated, source, derived FROM x WHERE importer IN (${list})
    UNION ALL
    SELECT year, exporter, NULL, sum(value), CASE WHEN count(DISTINCT basis) = 1 THEN min(basis) END, bool_or(estimated),
           string_agg(DISTINCT source, '+' ORDER BY source), bool_or(derived)
    FROM x WHERE importer NOT IN (${list}) GROUP BY year, exporter`,
  );
  for (const r of rows) {
    const year = Number(r.year);
    const list = byYear.get(year) ?? byYear.set(year, []).get(year)!;
    list.push({
      exporter: r.exporter,
      importer: r.importer,
      value: Number(r.value),
      basis: r.basis,
      estimated: r.estimated,
      source: r.source,
      derived: r.derived,
    });
  }
  return byYear;
}

export type SourceYearCount = { source: string; year: number; count: number };

/** How many figures each source has by or about the countries for the commodity, by year (one country, or a group's members over the years). */
export async function countriesSourceYears(db: Database, countries: string[], commodity: string = ALL_GOODS): Promise<SourceYearCount[]> {
  if (countries.length === 0) return [];
  const list = sql.join(
    countries.map((m) => sql`${m}`),
    sql`, `,
  );
  return queryRows<SourceYearCount>(
    db,
    sql`SELECT source_id AS source, year, count(*)::int AS count FROM trade_flows
        WHERE ${ofCommodity(commodity)} AND (reporter IN (${list}) OR partner IN (${list})) AND partner <> ${WORLD} GROUP BY source_id, year`,
  );
}

import { ALL_GOODS } from '../domain.js';
import type { Database } from '../db/client.js';
import { rawRows, type RawStatement } from '../db/raw-statement.js';
import type { Observation } from './analytics.js';

/** A product's figure as the products queries select it: an Observation of one code, with its net weight where the file had one. */
export type ProductObservation = Observation & { code: string; netWeightKg: number | null };

/** The sums of one level below the code ($5 + k digits), each a column of the one aggregate. */
const atLevel = (k: number) => {
  const at = `length(commodity) = $5::int + ${k}`;
  return (
    `sum(value_usd) FILTER (WHERE ${at}) AS v${k}, bool_or(estimated) FILTER (WHERE ${at}) AS e${k}, ` +
    `CASE WHEN count(net_weight_kg) FILTER (WHERE ${at}) = count(*) FILTER (WHERE ${at}) THEN sum(net_weight_kg) FILTER (WHERE ${at}) END AS w${k}`
  );
};

/**
 * Per key, source and code at `level` ($5) under `parent` ($6, '' for all goods): the code's own
 * report, else the sum of the reported codes at the nearest level below it (derived). Net weight is
 * summed only where every summed row has one. One aggregate with a column per level (hashed, no sort):
 * a country's products at 30M rows group 12,000 rows, where grouping by level and then picking the
 * nearest one took two sorts.
 */
const productsAt = (where: string) => `
SELECT reporter, partner, year, flow, code, source_id AS source,
  coalesce(v0, v2, v4)::float8 AS "valueUsd",
  CASE WHEN v0 IS NOT NULL THEN e0 WHEN v2 IS NOT NULL THEN e2 ELSE e4 END AS estimated,
  v0 IS NULL AS derived,
  (CASE WHEN v0 IS NOT NULL THEN w0 WHEN v2 IS NOT NULL THEN w2 ELSE w4 END)::float8 AS "netWeightKg"
FROM (
  SELECT reporter, partner, year, flow, source_id, left(commodity, $5) AS code, ${atLevel(0)}, ${atLevel(2)}, ${atLevel(4)}
  FROM trade_flows
  WHERE ${where} AND year BETWEEN $3 AND $4 AND commodity <> '${ALL_GOODS}' AND length(commodity) >= $5 AND left(commodity, length($6)) = $6
  GROUP BY reporter, partner, year, flow, source_id, left(commodity, $5)
) by_code`;

const PAIR = '((reporter = $1 AND partner = $2) OR (reporter = $2 AND partner = $1))';
// A country's own reports of the flows asked ($8) and its partners' mirror reports of them ($9): for
// its exports, what it reported exporting and what partners reported importing from it, and no more.
const COUNTRY = '((reporter = $1 AND flow = ANY($8::text[])) OR (partner = $1 AND flow = ANY($9::text[]))) AND $2::text IS NULL';
const statements = {
  pair: { name: 'products_pair', text: productsAt(PAIR) },
  pairOfSource: { name: 'products_pair_source', text: productsAt(`${PAIR} AND source_id = $7`) },
  countryOfSource: { name: 'products_country_source', text: productsAt(`${COUNTRY} AND source_id = $7`) },
  countryAnySource: { name: 'products_country_any', text: productsAt(`${COUNTRY} AND $7::text IS NULL`) },
} satisfies Record<string, RawStatement>;

export type ProductFilter = { from: number; to: number; level: number; parent: string | null; source: string | undefined };

function run(db: Database, one: RawStatement, ofSource: RawStatement, head: unknown[], f: ProductFilter): Promise<ProductObservation[]> {
  const values = [...head, f.from, f.to, f.level, f.parent ?? ''];
  return f.source === undefined ? rawRows(db, one, values) : rawRows(db, ofSource, [...values, f.source]);
}

/** What either side of a pair reported about the other's goods at a level, in the years. */
export function pairProducts(db: Database, a: string, b: string, f: ProductFilter): Promise<ProductObservation[]> {
  return run(db, statements.pair, statements.pairOfSource, [a, b], f);
}

const MIRROR_FLOW: Record<string, string> = { export: 'import', import: 'export', turnover: 'turnover' };

/**
 * What a country reported about its goods trade with every partner in `flows`, and what every
 * partner reported of the same goods (the mirror flows), at a level, in the years.
 */
export function countryProducts(db: Database, a: string, f: ProductFilter, flows: readonly string[]): Promise<ProductObservation[]> {
  const values = [a, null, f.from, f.to, f.level, f.parent ?? '', f.source ?? null, flows, flows.map((flow) => MIRROR_FLOW[flow] ?? flow)];
  return rawRows(db, f.source === undefined ? statements.countryAnySource : statements.countryOfSource, values);
}

export type ProductSourceYear = { source: string; year: number; count: number };

/** How many product figures at or below `level` under `parent` each source has for the pair (or the country, b null), by year. */
export async function productSourceYears(db: Database, a: string, b: string | null, level: number, parent: string | null): Promise<ProductSourceYear[]> {
  const statement = b === null ? SOURCE_YEARS_COUNTRY : SOURCE_YEARS_PAIR;
  return rawRows(db, statement, b === null ? [a, level, parent ?? ''] : [a, b, level, parent ?? '']);
}

const sourceYears = (where: string, level: string, parent: string) =>
  `SELECT source_id AS source, year, count(*)::int AS count FROM trade_flows
   WHERE ${where} AND commodity <> '${ALL_GOODS}' AND length(commodity) >= ${level} AND left(commodity, length(${parent})) = ${parent}
   GROUP BY source_id, year`;
const SOURCE_YEARS_PAIR: RawStatement = { name: 'products_pair_source_years', text: sourceYears(PAIR, '$3', '$4') };
const SOURCE_YEARS_COUNTRY: RawStatement = { name: 'products_country_source_years', text: sourceYears('(reporter = $1 OR partner = $1)', '$2', '$3') };

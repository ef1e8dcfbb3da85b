import { ALL_GOODS } from '../domain.js';
import type { Database } from '../db/client.js';
import { rawRows, type RawStatement } from '../db/raw-statement.js';
import type { Observation } from './analytics.js';

/** A product's figure as the products queries select it: an Observation of one code, with its net weight where the file had one. */
export type ProductObservation = Observation & { code: string; netWeightKg: number | null };

/**
 * Per key, source and code at `level` ($5) under `parent` ($6, '' for all goods): the code's own
 * report, else the sum of the reported codes at the nearest level below it (derived). Net weight is
 * summed only where every summed row has one.
 */
const productsAt = (where: string) => `
SELECT DISTINCT ON (reporter, partner, year, flow, source_id, code)
  reporter, partner, year, flow, code, value::float8 AS "valueUsd", estimated, source_id AS source, level > $5 AS derived, weight::float8 AS "netWeightKg"
FROM (
  SELECT reporter, partner, year, flow, source_id, left(commodity, $5) AS code, length(commodity) AS level,
         sum(value_usd) AS value, bool_or(estimated) AS estimated,
         CASE WHEN count(net_weight_kg) = count(*) THEN sum(net_weight_kg) END AS weight
  FROM trade_flows
  WHERE ${where} AND year BETWEEN $3 AND $4 AND commodity <> '${ALL_GOODS}' AND length(commodity) >= $5 AND left(commodity, length($6)) = $6
  GROUP BY reporter, partner, year, flow, source_id, left(commodity, $5), length(commodity)
) by_level
ORDER BY reporter, partner, year, flow, source_id, code, level`;

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
export function countryProducts(db: Database, a: string, f: ProductFilter, flows: string[]): Promise<ProductObservation[]> {
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

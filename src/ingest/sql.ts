/**
 * The import pipeline's SQL, shared by both backends (plain statements with $n parameters, so they
 * run through pg and PGlite alike). Everything happens in one transaction; the staging table
 * vanishes at commit.
 */

/** What a first import COPYs straight into trade_flows. */
export const FLOW_COLUMNS = [
  'reporter',
  'partner',
  'year',
  'flow',
  'commodity',
  'value_usd',
  'estimated',
  'net_weight_kg',
  'quantity',
  'quantity_unit',
  'source_id',
  'release_id',
] as const;

export const STAGING_COLUMNS = [
  'line',
  'reporter',
  'partner',
  'year',
  'flow',
  'commodity',
  'value',
  'scale',
  'estimated',
  'reason',
  'net_weight_kg',
  'quantity',
  'quantity_unit',
] as const;

/** Rejected rows keep only their line and reason; the others are checked values, ready to merge. */
export const CREATE_STAGING = `
CREATE TEMP TABLE staging_flows (
  line integer NOT NULL,
  reporter text, partner text, year smallint, flow text, commodity text,
  value numeric, scale smallint, estimated boolean,
  reason text,
  net_weight_kg numeric, quantity numeric, quantity_unit text
) ON COMMIT DROP`;

/**
 * An import may run as long as its file needs (the 1M-row IMF file: ~20 s): the pool's statement
 * timeout, sized for reads, does not hold inside its transaction.
 */
export const NO_STATEMENT_TIMEOUT = `SET LOCAL statement_timeout = 0`;

/** One import per source at a time: a second one waits rather than racing the first. */
export const LOCK_SOURCE = `SELECT pg_advisory_xact_lock(hashtext('import:' || $1))`;

export const SOURCE_IDS = `SELECT id FROM sources ORDER BY id`;

export const COUNTRY_CODES = `SELECT iso3, iso2, m49 FROM countries`;

export const CURRENT_YEAR = `SELECT extract(year FROM now())::int AS year`;

export const SOURCE_HAS_FLOWS = `SELECT EXISTS (SELECT 1 FROM trade_flows WHERE source_id = $1) AS present`;

/**
 * A key twice in one file is ambiguous: every occurrence is rejected, naming the lines (the first
 * five: a row repeated a million times must not make a million-number reason).
 */
export const REJECT_DUPLICATES = `
WITH duplicates AS (
  SELECT reporter, partner, year, flow, commodity, array_agg(DISTINCT line ORDER BY line) AS lines
  FROM staging_flows WHERE reason IS NULL
  GROUP BY reporter, partner, year, flow, commodity HAVING count(*) > 1
)
UPDATE staging_flows s
SET reason = format('duplicate: lines %s%s give the same reporter, partner, year, flow and commodity',
  array_to_string(d.lines[1:5], ', '), CASE WHEN cardinality(d.lines) > 5 THEN format(' and %s more', cardinality(d.lines) - 5) ELSE '' END)
FROM duplicates d
WHERE s.reason IS NULL
  AND (s.reporter, s.partner, s.year, s.flow, s.commodity) = (d.reporter, d.partner, d.year, d.flow, d.commodity)`;

export const REJECTED_SAMPLES = `
SELECT line, left(reason, $2) AS reason FROM staging_flows WHERE reason IS NOT NULL ORDER BY line, reason LIMIT $1`;

export const INSERT_RELEASE = `
INSERT INTO releases (source_id, format, file_name, sha256, status, api_key_id) VALUES ($1, $2, $3, $4, 'running', $5) RETURNING id`;

/**
 * An import that failed leaves a release of its own (the one it made rolled back with it), so the
 * record of what was tried and why it failed survives. Nothing is recorded for an unknown source.
 */
export const RECORD_FAILURE = `
INSERT INTO releases (source_id, format, file_name, sha256, status, failure_reason, api_key_id, started_at, finished_at)
SELECT $1, $2, $3, $4, 'failed', $5, $6, $7, clock_timestamp()
WHERE EXISTS (SELECT 1 FROM sources WHERE id = $1)
RETURNING id`;

/**
 * Held from the moment a release takes its commit position until its transaction commits, so
 * positions follow the order of commits (queries/demo.ts takes it too).
 */
export const COMMIT_ORDER_LOCK = `SELECT pg_advisory_xact_lock(hashtext('release-commit-order'))`;

const VALUE_USD = `round(value * 10::numeric ^ scale, 2)`;

/**
 * First import of a source whose file had duplicate keys (now rejected): nothing can conflict, so
 * a plain insert in key order (the unique index then grows at its right edge).
 */
export const INSERT_NEW = `
INSERT INTO trade_flows (reporter, partner, year, flow, commodity, value_usd, estimated, net_weight_kg, quantity, quantity_unit, source_id, release_id)
SELECT reporter, partner, year, flow, commodity, ${VALUE_USD}, estimated, net_weight_kg, quantity, quantity_unit, $1, $2
FROM staging_flows WHERE reason IS NULL
ORDER BY reporter, partner, year, flow, commodity`;

/**
 * The general merge: new keys are inserted, changed values updated, and each value an update
 * replaces is kept in trade_flow_revisions first (every CTE sees the table as it was before the
 * statement). Unchanged rows are not touched, so a re-import writes nothing.
 */
export const MERGE = `
WITH incoming AS (
  SELECT reporter, partner, year, flow, commodity, ${VALUE_USD} AS value_usd, estimated,
         round(net_weight_kg, 3) AS net_weight_kg, round(quantity, 3) AS quantity, quantity_unit
  FROM staging_flows WHERE reason IS NULL
),
replaced AS (
  INSERT INTO trade_flow_revisions (flow_id, value_usd, estimated, net_weight_kg, quantity, quantity_unit, release_id, replaced_by_release_id)
  SELECT f.id, f.value_usd, f.estimated, f.net_weight_kg, f.quantity, f.quantity_unit, f.release_id, $2
  FROM incoming i
  JOIN trade_flows f
    ON (f.reporter, f.partner, f.year, f.flow, f.commodity, f.source_id) = (i.reporter, i.partner, i.year, i.flow, i.commodity, $1)
  WHERE (f.value_usd, f.estimated, f.net_weight_kg, f.quantity, f.quantity_unit) IS DISTINCT FROM (i.value_usd, i.estimated, i.net_weight_kg, i.quantity, i.quantity_unit)
),
merged AS (
  INSERT INTO trade_flows (reporter, partner, year, flow, commodity, value_usd, estimated, net_weight_kg, quantity, quantity_unit, source_id, release_id)
  SELECT reporter, partner, year, flow, commodity, value_usd, estimated, net_weight_kg, quantity, quantity_unit, $1, $2 FROM incoming
  ORDER BY reporter, partner, year, flow, commodity
  ON CONFLICT (reporter, partner, year, flow, commodity, source_id) DO UPDATE
    SET value_usd = excluded.value_usd, estimated = excluded.estimated, net_weight_kg = excluded.net_weight_kg, quantity = excluded.quantity,
        quantity_unit = excluded.quantity_unit, release_id = excluded.release_id, note = NULL
    WHERE (trade_flows.value_usd, trade_flows.estimated, trade_flows.net_weight_kg, trade_flows.quantity, trade_flows.quantity_unit)
      IS DISTINCT FROM (excluded.value_usd, excluded.estimated, excluded.net_weight_kg, excluded.quantity, excluded.quantity_unit)
  RETURNING (xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM merged`;

// clock_timestamp(), not now(): now() is when the transaction began, and the release finishes at its
// commit. Run under COMMIT_ORDER_LOCK, as the transaction's last statement.
export const COMPLETE_RELEASE = `
UPDATE releases
SET status = 'completed', finished_at = clock_timestamp(), rows_read = $2, inserted = $3, updated = $4, unchanged = $5, rejected = $6,
    rejected_samples = $7::jsonb, commit_seq = (SELECT coalesce(max(commit_seq), 0) + 1 FROM releases)
WHERE id = $1`;

/**
 * After a large import the planner's statistics are stale until autovacuum gets to them (minutes):
 * meanwhile /v1/flows?flow=import on the fresh IMF data took 250 ms instead of 0.05 ms.
 */
export const ANALYZE_FLOWS = `ANALYZE trade_flows, trade_flow_revisions`;

// A vacuum holding the table must not keep the import's client waiting: autovacuum analyses later.
export const ANALYZE_LOCK_TIMEOUT = `SET LOCAL lock_timeout = '1s'`;

/** Every code of a classification's nomenclature (a few thousand), for the row checks. */
export const COMMODITY_CODES = `SELECT code FROM commodities WHERE classification = $1`;

/**
 * A nomenclature file's codes: new ones inserted, changed ones updated (the project's short
 * chapter names stay). Counts what it wrote.
 */
export const UPSERT_COMMODITIES = `
WITH written AS (
  INSERT INTO commodities (classification, code, level, parent, section, description)
  SELECT $1, code, level, parent, section, description
  FROM unnest($2::text[], $3::smallint[], $4::text[], $5::text[], $6::text[]) AS i(code, level, parent, section, description)
  ON CONFLICT (classification, code) DO UPDATE
    SET level = excluded.level, parent = excluded.parent, section = coalesce(excluded.section, commodities.section), description = excluded.description
    WHERE (commodities.level, commodities.parent, commodities.description) IS DISTINCT FROM (excluded.level, excluded.parent, excluded.description)
       OR (excluded.section IS NOT NULL AND commodities.section IS DISTINCT FROM excluded.section)
  RETURNING (xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM written`;

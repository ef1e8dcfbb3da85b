/**
 * The import pipeline's SQL, shared by both backends (plain statements with $n parameters, so they
 * run through pg and PGlite alike). Everything happens in one transaction; temp tables vanish at commit.
 */

export const STAGING_COLUMNS = ['line', 'reporter', 'partner', 'year', 'flow', 'commodity', 'value', 'scale', 'estimated'] as const;

export const CREATE_STAGING = `
CREATE TEMP TABLE staging_flows (
  line integer NOT NULL,
  reporter text, partner text, year text, flow text, commodity text, value text, scale integer, estimated text
) ON COMMIT DROP`;

/** Every code a file may use for a country (alpha-3, alpha-2, M49 without leading zeros) to its iso3. */
const COUNTRY_CODES = `
  SELECT iso3 AS code, iso3 FROM countries
  UNION ALL SELECT iso2, iso3 FROM countries WHERE iso2 IS NOT NULL
  UNION ALL SELECT m49::text, iso3 FROM countries WHERE m49 IS NOT NULL`;

const normalisedCode = (column: string) =>
  `CASE WHEN trim(${column}) ~ '^[0-9]+$' THEN ltrim(trim(${column}), '0') ELSE upper(trim(${column})) END`;

const NUMBER = `'^\\s*[+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?\\s*$'`;

/**
 * Resolves codes and checks each staged row; `reason` is null for a good row. Years up to the
 * current one are possible; a later year is an error in the file, not a forecast.
 */
export const CHECK_STAGED = `
CREATE TEMP TABLE checked_flows ON COMMIT DROP AS
SELECT line, reporter, partner, year, flow, commodity, estimated, reason,
       CASE WHEN reason IS NULL THEN round(value::numeric * power(10::numeric, scale), 2) END AS value_usd
FROM (
  SELECT s.line, r.iso3 AS reporter, p.iso3 AS partner,
         CASE WHEN s.year ~ '^[0-9]{4}$' THEN s.year::smallint END AS year,
         s.flow, upper(trim(s.commodity)) AS commodity, s.estimated = 'true' AS estimated, s.value, s.scale,
         CASE
           WHEN r.iso3 IS NULL THEN format('unknown reporter code %L', s.reporter)
           WHEN p.iso3 IS NULL THEN format('unknown partner code %L', s.partner)
           WHEN r.iso3 = p.iso3 THEN format('reporter and partner are both %s', r.iso3)
           WHEN s.year IS NULL OR s.year !~ '^[0-9]{4}$' THEN format('year %L is not a four-digit year', s.year)
           WHEN s.year::int < 1900 OR s.year::int > extract(year FROM now())::int
             THEN format('impossible year %s: must be between 1900 and the current year', s.year)
           WHEN s.flow IS NULL OR s.flow NOT IN ('export', 'import', 're-export', 're-import', 'turnover')
             THEN format('unknown flow %L: must be export, import, re-export, re-import or turnover', s.flow)
           WHEN s.commodity IS NULL OR upper(trim(s.commodity)) !~ '^(TOTAL|[0-9]{2,10})$'
             THEN format('commodity %L is neither TOTAL nor an HS code', s.commodity)
           WHEN s.value IS NULL OR trim(s.value) = '' THEN 'value is missing'
           WHEN trim(s.value) ~ '^-' THEN format('negative value %s', trim(s.value))
           WHEN s.value !~ ${NUMBER} THEN format('value %L is not a number', s.value)
           WHEN s.scale IS NULL THEN 'unknown unit multiplier (SCALE or UNIT_MULT)'
           WHEN length(trim(s.value)) > 40 OR s.value::numeric * power(10::numeric, s.scale) >= 1e17
             THEN format('value %s is too large for US dollars', trim(s.value))
           WHEN s.estimated NOT IN ('true', 'false') THEN format('estimated flag %L is neither true nor false', s.estimated)
         END AS reason
  FROM staging_flows s
  LEFT JOIN (${COUNTRY_CODES}) r ON r.code = ${normalisedCode('s.reporter')}
  LEFT JOIN (${COUNTRY_CODES}) p ON p.code = ${normalisedCode('s.partner')}
) resolved`;

/** A key twice in one file is ambiguous: every occurrence is rejected, naming the others. */
export const REJECT_DUPLICATES = `
WITH duplicates AS (
  SELECT reporter, partner, year, flow, commodity, array_agg(DISTINCT line ORDER BY line) AS lines
  FROM checked_flows WHERE reason IS NULL
  GROUP BY reporter, partner, year, flow, commodity HAVING count(*) > 1
)
UPDATE checked_flows c
SET reason = format('duplicate: lines %s give the same reporter, partner, year, flow and commodity', array_to_string(d.lines, ', '))
FROM duplicates d
WHERE c.reason IS NULL
  AND (c.reporter, c.partner, c.year, c.flow, c.commodity) = (d.reporter, d.partner, d.year, d.flow, d.commodity)`;

export const COUNT_CHECKED = `
SELECT count(*)::int AS rows, count(*) FILTER (WHERE reason IS NOT NULL)::int AS rejected FROM checked_flows`;

export const REJECTED_SAMPLES = `
SELECT line, reason FROM checked_flows WHERE reason IS NOT NULL ORDER BY line, reason LIMIT $1`;

export const INSERT_RELEASE = `
INSERT INTO releases (source_id, format, file_name, sha256, status) VALUES ($1, $2, $3, $4, 'running') RETURNING id`;

/**
 * The merge: new keys are inserted, changed values updated, and each value an update replaces is
 * kept in trade_flow_revisions first (every CTE sees the table as it was before the statement).
 * Unchanged rows are not touched at all, so a re-import writes nothing.
 */
export const MERGE = `
WITH incoming AS (
  SELECT reporter, partner, year, flow, commodity, value_usd, estimated FROM checked_flows WHERE reason IS NULL
),
replaced AS (
  INSERT INTO trade_flow_revisions (flow_id, value_usd, estimated, release_id, replaced_by_release_id)
  SELECT f.id, f.value_usd, f.estimated, f.release_id, $2
  FROM incoming i
  JOIN trade_flows f
    ON (f.reporter, f.partner, f.year, f.flow, f.commodity, f.source_id) = (i.reporter, i.partner, i.year, i.flow, i.commodity, $1)
  WHERE (f.value_usd, f.estimated) IS DISTINCT FROM (i.value_usd, i.estimated)
),
merged AS (
  INSERT INTO trade_flows (reporter, partner, year, flow, commodity, value_usd, estimated, source_id, release_id)
  SELECT reporter, partner, year, flow, commodity, value_usd, estimated, $1, $2 FROM incoming
  ON CONFLICT (reporter, partner, year, flow, commodity, source_id) DO UPDATE
    SET value_usd = excluded.value_usd, estimated = excluded.estimated, release_id = excluded.release_id, note = NULL
    WHERE (trade_flows.value_usd, trade_flows.estimated) IS DISTINCT FROM (excluded.value_usd, excluded.estimated)
  RETURNING (xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM merged`;

export const COMPLETE_RELEASE = `
UPDATE releases
SET status = 'completed', finished_at = now(), rows_read = $2, inserted = $3, updated = $4, unchanged = $5, rejected = $6,
    rejected_samples = $7::jsonb
WHERE id = $1`;

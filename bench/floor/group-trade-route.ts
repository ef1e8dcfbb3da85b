/** GET /v1/groups/{id}/trade?year=: a group's trade within itself and with everyone else in one year. */
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { SOURCE_RANK_SQL } from './figures.js';
import { ALL_GOODS, arrayOf, commodityRef, countryRef, figure, nullable, object } from './json-schemas.js';
import type { Countries } from './server.js';

const MEMBERS_SQL = `
  SELECT DISTINCT iso3 FROM group_members
  WHERE group_id = $1 AND (from_year IS NULL OR from_year <= $2) AND (to_year IS NULL OR to_year >= $2)
  ORDER BY iso3`;

// Each member's exports to each country: its own report, else the importer's report (the mirror);
// per member, one row per fellow member and one sum of the rest.
// The answer's one source: the one with the most figures about the members that year (ties by priority).
const EXPORTS_SQL = `
  WITH chosen AS (
    SELECT source_id FROM trade_flows
    WHERE commodity = 'TOTAL' AND year = $2 AND (reporter = ANY($1) OR partner = ANY($1))
    GROUP BY source_id ORDER BY count(*) DESC, ${SOURCE_RANK_SQL}, source_id LIMIT 1
  ),
  best AS (
    SELECT reporter, partner, flow, value_usd, estimated, source_id
    FROM trade_flows
    WHERE commodity = 'TOTAL' AND year = $2 AND ((flow = 'export' AND reporter = ANY($1)) OR (flow = 'import' AND partner = ANY($1)))
      AND source_id = (SELECT source_id FROM chosen)
  ),
  own AS (SELECT reporter AS exporter, partner AS importer, value_usd, estimated, source_id FROM best WHERE flow = 'export'),
  mirrored AS (SELECT partner AS exporter, reporter AS importer, value_usd, estimated, source_id FROM best WHERE flow = 'import'),
  exports AS (
    SELECT exporter, importer, coalesce(own.value_usd, mirrored.value_usd) AS value,
           CASE WHEN own.value_usd IS NULL THEN 'mirror' ELSE 'reporter' END AS basis,
           CASE WHEN own.value_usd IS NULL THEN mirrored.estimated ELSE own.estimated END AS estimated,
           CASE WHEN own.value_usd IS NULL THEN mirrored.source_id ELSE own.source_id END AS source
    FROM own FULL JOIN mirrored USING (exporter, importer)
  )
  SELECT exporter, importer, value, basis, estimated, source FROM exports WHERE importer = ANY($1) AND importer <> exporter
  UNION ALL
  SELECT exporter, NULL, sum(value), CASE WHEN count(DISTINCT basis) = 1 THEN min(basis) END, bool_or(estimated), string_agg(DISTINCT source, '+' ORDER BY source)
  FROM exports WHERE NOT importer = ANY($1) GROUP BY exporter`;

type ExportRow = { exporter: string; importer: string | null; value: number; basis: string | null; estimated: boolean; source: string };
type Figure = { value: number | null; basis: string | null; estimated: boolean; source: string | null; derived: boolean };

/** A sum of figures: basis the common one, estimated if any is, sources joined by "+". */
function sum(figures: Figure[]): Figure {
  const bases = new Set(figures.map((f) => f.basis));
  const sources = [...new Set(figures.flatMap((f) => (f.source === null ? [] : f.source.split('+'))))].sort();
  return {
    value: figures.reduce((s, f) => s + (f.value ?? 0), 0),
    basis: figures.length > 0 && bases.size === 1 ? [...bases][0]! : null,
    estimated: figures.some((f) => f.estimated),
    source: sources.length === 0 ? null : sources.join('+'),
    derived: false,
  };
}

const yearSchema = object({
  group: { type: 'string' },
  year: { type: 'integer' },
  unit: { type: 'string' },
  members: arrayOf(countryRef),
  intra: figure,
  extra: figure,
  total: figure,
  intraSharePct: nullable('number'),
  matrix: arrayOf(object({ ...figure.properties, reporter: countryRef, partner: countryRef })),
});
const schema = object({
  group: { type: 'string' },
  commodity: commodityRef,
  unit: { type: 'string' },
  source: nullable('string'),
  data: arrayOf(yearSchema),
  notes: arrayOf({ type: 'string' }),
});

export function groupTradeRoute(app: FastifyInstance, pool: pg.Pool, countries: Countries): void {
  app.get<{ Params: { id: string }; Querystring: { year: string } }>(
    '/v1/groups/:id/trade',
    { schema: { response: { 200: schema } } },
    async (request, reply) => {
      const year = Number(request.query.year);
      if (!Number.isInteger(year)) return reply.code(400).send();
      const members = (await pool.query<{ iso3: string }>({ name: 'members', text: MEMBERS_SQL, values: [request.params.id, year] })).rows.map((m) => m.iso3);
      if (members.length === 0) return reply.code(404).send();
      const { rows } = await pool.query<ExportRow>({ name: 'group-exports', text: EXPORTS_SQL, values: [members, year] });
      const cells = new Map<string, ExportRow>();
      const extraFigures: Figure[] = [];
      for (const r of rows) {
        if (r.importer === null) extraFigures.push({ value: r.value, basis: r.basis, estimated: r.estimated, source: r.source, derived: false });
        else cells.set(`${r.exporter}|${r.importer}`, r);
      }
      const matrix = [];
      const intraFigures: Figure[] = [];
      for (const i of members) {
        for (const j of members) {
          if (i === j) continue;
          const cell = cells.get(`${i}|${j}`);
          const f: Figure = cell
            ? { value: cell.value, basis: cell.basis, estimated: cell.estimated, source: cell.source, derived: false }
            : { value: null, basis: null, estimated: false, source: null, derived: false };
          if (cell) intraFigures.push(f);
          matrix.push({ reporter: countries.get(i), partner: countries.get(j), ...f });
        }
      }
      const intra = sum(intraFigures);
      const extra = sum(extraFigures);
      const total = sum([...intraFigures, ...extraFigures]);
      const answer = {
        group: request.params.id,
        year,
        unit: 'USD',
        members: members.map((m) => countries.get(m)),
        intra,
        extra,
        total,
        intraSharePct: total.value === 0 ? null : (intra.value! / total.value!) * 100,
        matrix,
      };
      return { group: request.params.id, commodity: ALL_GOODS, unit: 'USD', source: rows[0]?.source ?? null, data: [answer], notes: [] };
    },
  );
}

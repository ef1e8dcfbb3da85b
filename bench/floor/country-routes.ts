/** GET /v1/countries/{code} and /v1/countries/{code}/partners?year=, as bench/http.ts asks them. */
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { lookupOf, oneSource, pairYear, type Figure, type Row } from './figures.js';
import { ALL_GOODS, arrayOf, commodityRef, countryRef, figure, nullable, object } from './json-schemas.js';
import type { Countries } from './server.js';

// Everything the country reported about any partner and any partner about it, in one year, every source's.
const YEAR_SQL = `
  SELECT reporter, partner, year, flow, value_usd, estimated, source_id
  FROM trade_flows
  WHERE commodity = 'TOTAL' AND year = $2 AND (reporter = $1 OR partner = $1)`;

const GROUPS_SQL = `
  SELECT g.id, g.name, m.from_year AS "fromYear", m.to_year AS "toYear"
  FROM group_members m JOIN country_groups g ON g.id = m.group_id
  WHERE m.iso3 = $1 ORDER BY g.id, m.from_year`;

const DEFAULT_LIMIT = 20;
const string = { type: 'string' };
const ranking = {
  total: figure,
  data: arrayOf(
    object({
      rank: { type: 'integer' },
      partner: countryRef,
      value: { type: 'number' },
      sharePct: nullable('number'),
      basis: nullable('string'),
      estimated: { type: 'boolean' },
      source: nullable('string'),
      derived: { type: 'boolean' },
    }),
  ),
  rest: object({ ...figure.properties, sharePct: nullable('number') }),
};
const schemas = {
  country: object({
    ...countryRef.properties,
    altNames: arrayOf(string),
    region: nullable('string'),
    subregion: nullable('string'),
    intermediateRegion: nullable('string'),
    historical: { type: 'boolean' },
    note: nullable('string'),
    groups: arrayOf(object({ id: string, name: string, fromYear: nullable('integer'), toYear: nullable('integer') })),
  }),
  partners: object({
    reporter: countryRef,
    commodity: commodityRef,
    year: { type: 'integer' },
    measure: string,
    within: { type: 'null' },
    unit: string,
    source: nullable('string'),
    ...ranking,
    years: arrayOf(object({ year: { type: 'integer' }, ...ranking })),
    notes: arrayOf(string),
  }),
};

/** A sum's basis (the common one, else null), estimated (any) and source (each, joined by "+"). */
function provenance(figures: Figure[]) {
  const bases = new Set(figures.map((f) => f.basis));
  const sources = [...new Set(figures.flatMap((f) => (f.source === null ? [] : f.source.split('+'))))].sort();
  return {
    basis: bases.size === 1 ? [...bases][0]! : null,
    estimated: figures.some((f) => f.estimated),
    source: sources.length === 0 ? null : sources.join('+'),
    derived: false,
  };
}

export function countryRoutes(app: FastifyInstance, pool: pg.Pool, countries: Countries): void {
  app.get<{ Params: { code: string } }>('/v1/countries/:code', { schema: { response: { 200: schemas.country } } }, async (request, reply) => {
    const country = countries.get(request.params.code.toUpperCase());
    if (!country) return reply.code(404).send();
    const { rows } = await pool.query({ name: 'memberships', text: GROUPS_SQL, values: [country.iso3] });
    return { ...country.record, groups: rows };
  });

  app.get<{ Params: { code: string }; Querystring: { year: string } }>(
    '/v1/countries/:code/partners',
    { schema: { response: { 200: schemas.partners } } },
    async (request, reply) => {
      const country = countries.get(request.params.code.toUpperCase());
      const year = Number(request.query.year);
      if (!country || !Number.isInteger(year)) return reply.code(400).send();
      const a = country.iso3;
      const { rows: all } = await pool.query<Row>({ name: 'country-year', text: YEAR_SQL, values: [a, year] });
      const { source, rows, notes } = oneSource(all, year, year);
      const get = lookupOf(rows);
      const others = new Set<string>();
      for (const r of rows) others.add(r.reporter === a ? r.partner : r.reporter);
      others.delete(a);
      const ranked = [];
      for (const partner of others) {
        const total = pairYear(get, a, partner, year).total;
        if (total.value !== null) ranked.push({ partner, figure: total, value: total.value });
      }
      ranked.sort((x, y) => y.value - x.value || (x.partner < y.partner ? -1 : 1));
      const sum = ranked.reduce((s, p) => s + p.value, 0);
      const share = (value: number) => (sum === 0 ? null : (value / sum) * 100);
      const restPartners = ranked.slice(DEFAULT_LIMIT);
      const rest = restPartners.reduce((s, p) => s + p.value, 0);
      const yearRanking = {
        total: { value: ranked.length === 0 ? null : sum, ...provenance(ranked.map((p) => p.figure)) },
        data: ranked.slice(0, DEFAULT_LIMIT).map((p, i) => ({
          rank: i + 1,
          partner: countries.get(p.partner),
          value: p.value,
          sharePct: share(p.value),
          basis: p.figure.basis,
          estimated: p.figure.estimated,
          source: p.figure.source,
          derived: false,
        })),
        rest: { value: rest, ...provenance(restPartners.map((p) => p.figure)), sharePct: share(rest) },
      };
      return {
        reporter: country,
        commodity: ALL_GOODS,
        year,
        measure: 'total',
        within: null,
        unit: 'USD',
        source,
        ...yearRanking,
        years: [{ year, ...yearRanking }],
        notes,
      };
    },
  );
}

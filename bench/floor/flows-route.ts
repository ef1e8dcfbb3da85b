/** GET /v1/flows?reporter=&partner=[&limit=]: one page of the pair's rows, in the API's order. */
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { encodeCursor } from '../../src/services/pages.js';
import type { Row } from './figures.js';
import { arrayOf, countryRef, nullable, object } from './json-schemas.js';
import type { Countries } from './server.js';

const FLOWS_SQL = `
  SELECT reporter, partner, year, flow, commodity, source_id, note, value_usd, estimated, release_id
  FROM trade_flows WHERE reporter = $1 AND partner = $2
  ORDER BY year, flow, commodity, source_id LIMIT $3`;
type FlowRow = Row & { commodity: string; note: string | null; release_id: number };
const DEFAULT_LIMIT = 1000;

const schema = object({
  unit: { type: 'string' },
  data: arrayOf(
    object({
      reporter: countryRef,
      partner: countryRef,
      year: { type: 'integer' },
      flow: { type: 'string' },
      commodity: { type: 'string' },
      valueUsd: { type: 'number' },
      estimated: { type: 'boolean' },
      source: { type: 'string' },
      release: { type: 'integer' },
      note: nullable('string'),
    }),
  ),
  page: object({ limit: { type: 'integer' }, next: nullable('string') }),
});

export function flowsRoute(app: FastifyInstance, pool: pg.Pool, countries: Countries): void {
  app.get<{ Querystring: { reporter: string; partner: string; limit?: string } }>(
    '/v1/flows',
    { schema: { response: { 200: schema } } },
    async (request, reply) => {
      const reporter = countries.get(String(request.query.reporter).toUpperCase());
      const partner = countries.get(String(request.query.partner).toUpperCase());
      const limit = request.query.limit === undefined ? DEFAULT_LIMIT : Number(request.query.limit);
      if (!reporter || !partner || !Number.isInteger(limit) || limit < 1) return reply.code(400).send();
      const { rows } = await pool.query<FlowRow>({ name: 'flows', text: FLOWS_SQL, values: [reporter.iso3, partner.iso3, limit + 1] });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        unit: 'USD',
        data: page.map((r) => ({
          reporter,
          partner,
          year: r.year,
          flow: r.flow,
          commodity: r.commodity,
          valueUsd: r.value_usd,
          estimated: r.estimated,
          source: r.source_id,
          release: r.release_id,
          note: r.note,
        })),
        page: {
          limit,
          next: rows.length > limit && last ? encodeCursor([last.reporter, last.partner, last.year, last.flow, last.commodity, last.source_id]) : null,
        },
      };
    },
  );
}

/**
 * The floor for `npm run bench -- http`: a plain implementation of the API's contract for the routes it
 * measures (a pair's bilateral series, a pair's flows), as someone would write it with no framework of
 * ours. Bare Fastify and node-postgres, a named prepared statement per route, a loop, and Fastify's
 * JSON-schema serializer (fast-json-stringify). No validation library,
 * no ETag, no rate limit, no metrics: what is left is the least a server answering the same request with
 * the same figures must do. bench/http.ts checks that its answers equal the API's before measuring.
 *
 *   DATABASE_URL=... PORT=... node --import tsx bench/floor-server.ts
 */
import Fastify from 'fastify';
import pg from 'pg';
import { SOURCE_PRIORITY, OTHER_SOURCES } from '../src/domain.js';
import { encodeCursor } from '../src/services/pages.js';

// numeric comes back as text by default; the API reads it as a JS number too.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, parseFloat);

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });

// One row per reporter, partner, year and flow: the first source by priority, as the API answers.
const otherRank = SOURCE_PRIORITY.indexOf(OTHER_SOURCES);
const rank = `CASE source_id ${SOURCE_PRIORITY.map((s, i) => (s === OTHER_SOURCES ? '' : `WHEN '${s}' THEN ${i} `)).join('')}ELSE ${otherRank} END`;
const PAIR_SQL = `
  SELECT DISTINCT ON (reporter, partner, year, flow) reporter, partner, year, flow, value_usd, estimated, source_id
  FROM trade_flows
  WHERE commodity = 'TOTAL' AND ((reporter = $1 AND partner = $2) OR (reporter = $2 AND partner = $1))
  ORDER BY reporter, partner, year, flow, ${rank}, source_id`;

type Row = { reporter: string; partner: string; year: number; flow: string; value_usd: number; estimated: boolean; source_id: string };
type Report = { value: number; estimated: boolean; source: string };
type Figure = { value: number | null; basis: string | null; estimated: boolean; source: string | null };
type CountryRef = { iso3: string; iso2: string | null; m49: number | null; name: string };

const countries = new Map<string, CountryRef>();
const NONE: Figure = { value: null, basis: null, estimated: false, source: null };

// The figures are computed here again on purpose, not by src/analytics: the floor is an independent,
// plain implementation of the contract (docs/definitions.md), and equal answers from two
// implementations are part of what the harness checks.
const report = (r: Row | undefined): Report | null => (r ? { value: r.value_usd, estimated: r.estimated, source: r.source_id } : null);

function directional(own: Row | undefined, mirror: Row | undefined) {
  const r = report(own);
  const m = report(mirror);
  const picked = r ?? m;
  if (!picked) return { ...NONE, reported: r, mirror: m };
  return { value: picked.value, basis: r ? 'reporter' : 'mirror', estimated: picked.estimated, source: picked.source, reported: r, mirror: m };
}

function combine(x: Figure, y: Figure, f: (a: number, b: number) => number): Figure {
  if (x.value === null || y.value === null) return NONE;
  return {
    value: f(x.value, y.value),
    basis: x.basis === y.basis ? x.basis : 'mirror',
    estimated: x.estimated || y.estimated,
    source: x.source === y.source ? x.source : `${x.source}+${y.source}`,
  };
}

function pairYear(get: (reporter: string, partner: string, year: number, flow: string) => Row | undefined, a: string, b: string, year: number) {
  const exports = directional(get(a, b, year, 'export'), get(b, a, year, 'import'));
  const imports = directional(get(a, b, year, 'import'), get(b, a, year, 'export'));
  let total = combine(exports, imports, (x, m) => x + m);
  if (total.value === null) {
    const turnover = get(a, b, year, 'turnover') ?? get(b, a, year, 'turnover');
    if (turnover) total = { value: turnover.value_usd, basis: 'turnover', estimated: turnover.estimated, source: turnover.source_id };
  }
  return { year, exports, imports, total, balance: combine(exports, imports, (x, m) => x - m) };
}

// JSON Schemas for fast-json-stringify, written out (the floor uses nothing of the API's).
const object = (properties: Record<string, unknown>, type: string | string[] = 'object') => ({ type, properties });
const arrayOf = (items: unknown) => ({ type: 'array', items });
const nullable = (type: string) => ({ type: [type, 'null'] });
const figureProps = { value: nullable('number'), basis: nullable('string'), estimated: { type: 'boolean' }, source: nullable('string') };
const reportOrNull = object({ value: { type: 'number' }, estimated: { type: 'boolean' }, source: { type: 'string' } }, ['object', 'null']);
const figure = object(figureProps);
const directionalFigure = object({ ...figureProps, reported: reportOrNull, mirror: reportOrNull });
const countryRef = object({ iso3: { type: 'string' }, iso2: nullable('string'), m49: nullable('integer'), name: { type: 'string' } });
const years = arrayOf({ type: 'integer' });
const bilateralResponse = object({
  reporter: countryRef,
  partner: countryRef,
  unit: { type: 'string' },
  source: { type: 'null' },
  coverage: object({ reporter: years, partner: years }),
  basis: { type: 'string' },
  data: arrayOf(
    object({
      year: { type: 'integer' },
      exports: directionalFigure,
      imports: directionalFigure,
      total: figure,
      balance: figure,
      totalYoyPct: nullable('number'),
    }),
  ),
});

const app = Fastify({ logger: false });

app.get('/ready', async () => ({ status: 'ready' }));

app.get<{ Params: { a: string; b: string }; Querystring: { from: string; to: string } }>(
  '/v1/bilateral/:a/:b',
  { schema: { response: { 200: bilateralResponse } } },
  async (request, reply) => {
    const a = countries.get(request.params.a.toUpperCase());
    const b = countries.get(request.params.b.toUpperCase());
    const from = Number(request.query.from);
    const to = Number(request.query.to);
    if (!a || !b || a === b || !Number.isInteger(from) || !Number.isInteger(to) || from > to) return reply.code(400).send();
    const { rows } = await pool.query<Row>({ name: 'pair', text: PAIR_SQL, values: [a.iso3, b.iso3] });
    const byKey = new Map<string, Row>();
    const reported = { [a.iso3]: new Set<number>(), [b.iso3]: new Set<number>() };
    for (const row of rows) {
      byKey.set(`${row.reporter}|${row.partner}|${row.year}|${row.flow}`, row);
      reported[row.reporter]!.add(row.year);
    }
    const get = (reporter: string, partner: string, year: number, flow: string) => byKey.get(`${reporter}|${partner}|${year}|${flow}`);
    const data = [];
    let previous = pairYear(get, a.iso3, b.iso3, from - 1).total.value;
    for (let year = from; year <= to; year++) {
      const row = pairYear(get, a.iso3, b.iso3, year);
      const current = row.total.value;
      data.push({ ...row, totalYoyPct: previous === null || current === null || previous === 0 ? null : (current / previous - 1) * 100 });
      previous = current;
    }
    const sorted = (s: Set<number>) => [...s].sort((x, y) => x - y);
    return {
      reporter: a,
      partner: b,
      unit: 'USD',
      source: null,
      coverage: { reporter: sorted(reported[a.iso3]!), partner: sorted(reported[b.iso3]!) },
      basis: 'reporter',
      data,
    };
  },
);

// GET /v1/flows?reporter=&partner=[&limit=]: one page of the pair's rows, in the API's order.
const FLOWS_SQL = `
  SELECT reporter, partner, year, flow, commodity, source_id, note, value_usd, estimated, release_id
  FROM trade_flows WHERE reporter = $1 AND partner = $2
  ORDER BY year, flow, commodity, source_id LIMIT $3`;
type FlowRow = Row & { commodity: string; note: string | null; release_id: number };
const DEFAULT_FLOWS_LIMIT = 1000;
const flowList = object({
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

app.get<{ Querystring: { reporter: string; partner: string; limit?: string } }>(
  '/v1/flows',
  { schema: { response: { 200: flowList } } },
  async (request, reply) => {
    const reporter = countries.get(String(request.query.reporter).toUpperCase());
    const partner = countries.get(String(request.query.partner).toUpperCase());
    const limit = request.query.limit === undefined ? DEFAULT_FLOWS_LIMIT : Number(request.query.limit);
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

const { rows } = await pool.query<CountryRef>('SELECT iso3, iso2, m49, name FROM countries');
for (const c of rows) countries.set(c.iso3, c);
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
console.log(`floor listening on ${process.env.PORT}`);
process.once('SIGTERM', () => void app.close().then(() => pool.end()));

/** GET /v1/bilateral/{a}/{b}, /growth and /mirror over a year range, as bench/http.ts asks them. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type pg from 'pg';
import { cagr, lookupOf, pairYear, pctChange, report, SOURCE_RANK_SQL, type Lookup, type Row } from './figures.js';
import { arrayOf, directionalFigure, figure, nullable, object, pairHeader, reportOrNull } from './json-schemas.js';
import type { Countries } from './server.js';

// One row per reporter, partner, year and flow: the first source by priority, as the API answers.
const PAIR_SQL = `
  SELECT DISTINCT ON (reporter, partner, year, flow) reporter, partner, year, flow, value_usd, estimated, source_id
  FROM trade_flows
  WHERE commodity = 'TOTAL' AND ((reporter = $1 AND partner = $2) OR (reporter = $2 AND partner = $1))
  ORDER BY reporter, partner, year, flow, ${SOURCE_RANK_SQL}, source_id`;

type PairRequest = { Params: { a: string; b: string }; Querystring: { from: string; to: string } };

const nullableNumber = nullable('number');
const point = object({ year: nullable('integer'), value: nullableNumber });
const schemas = {
  series: object({
    ...pairHeader,
    basis: { type: 'string' },
    data: arrayOf(
      object({
        year: { type: 'integer' },
        exports: directionalFigure,
        imports: directionalFigure,
        total: figure,
        balance: figure,
        totalYoyPct: nullableNumber,
      }),
    ),
  }),
  growth: object({
    ...pairHeader,
    measure: { type: 'string' },
    start: point,
    end: point,
    change: nullableNumber,
    changePct: nullableNumber,
    cagrPct: nullableNumber,
    yoy: arrayOf(object({ year: { type: 'integer' }, value: nullableNumber, pct: nullableNumber })),
    note: nullable('string'),
  }),
  mirror: object({
    ...pairHeader,
    data: arrayOf(
      object({
        year: { type: 'integer' },
        flow: { type: 'string' },
        reported: reportOrNull,
        mirror: reportOrNull,
        gap: nullableNumber,
        gapPct: nullableNumber,
        cifFobRatio: nullableNumber,
      }),
    ),
  }),
};

export function pairRoutes(app: FastifyInstance, pool: pg.Pool, countries: Countries): void {
  /** The pair's rows and the answers' common head; null after answering 400. */
  async function load({ params, query }: { params: PairRequest['Params']; query: PairRequest['Querystring'] }, reply: FastifyReply) {
    const a = countries.get(params.a.toUpperCase());
    const b = countries.get(params.b.toUpperCase());
    const from = Number(query.from);
    const to = Number(query.to);
    if (!a || !b || a === b || !Number.isInteger(from) || !Number.isInteger(to) || from > to) {
      await reply.code(400).send();
      return null;
    }
    const { rows } = await pool.query<Row>({ name: 'pair', text: PAIR_SQL, values: [a.iso3, b.iso3] });
    const reported = { [a.iso3]: new Set<number>(), [b.iso3]: new Set<number>() };
    for (const row of rows) reported[row.reporter]!.add(row.year);
    const sorted = (s: Set<number>) => [...s].sort((x, y) => x - y);
    const head = { reporter: a, partner: b, unit: 'USD', source: null, coverage: { reporter: sorted(reported[a.iso3]!), partner: sorted(reported[b.iso3]!) } };
    return { a: a.iso3, b: b.iso3, from, to, get: lookupOf(rows), head };
  }

  app.get<PairRequest>('/v1/bilateral/:a/:b', { schema: { response: { 200: schemas.series } } }, async (request, reply) => {
    const pair = await load(request, reply);
    if (!pair) return reply;
    const data = [];
    let previous = pairYear(pair.get, pair.a, pair.b, pair.from - 1).total.value;
    for (let year = pair.from; year <= pair.to; year++) {
      const row = pairYear(pair.get, pair.a, pair.b, year);
      data.push({ ...row, totalYoyPct: pctChange(previous, row.total.value) });
      previous = row.total.value;
    }
    return { ...pair.head, basis: 'reporter', data };
  });

  app.get<PairRequest>('/v1/bilateral/:a/:b/growth', { schema: { response: { 200: schemas.growth } } }, async (request, reply) => {
    const pair = await load(request, reply);
    if (!pair) return reply;
    const total = (year: number) => pairYear(pair.get, pair.a, pair.b, year).total.value;
    const yoy = [];
    for (let year = pair.from; year <= pair.to; year++) yoy.push({ year, value: total(year), pct: pctChange(total(year - 1), total(year)) });
    const v0 = yoy[0]!.value;
    const v1 = yoy.at(-1)!.value;
    return {
      ...pair.head,
      measure: 'total',
      start: { year: pair.from, value: v0 },
      end: { year: pair.to, value: v1 },
      change: v0 === null || v1 === null ? null : v1 - v0,
      changePct: pctChange(v0, v1),
      cagrPct: cagr(v0, v1, pair.to - pair.from),
      yoy,
      note: growthNote(v0, v1, pair.from, pair.to),
    };
  });

  app.get<PairRequest>('/v1/bilateral/:a/:b/mirror', { schema: { response: { 200: schemas.mirror } } }, async (request, reply) => {
    const pair = await load(request, reply);
    if (!pair) return reply;
    const data = [];
    for (let year = pair.from; year <= pair.to; year++) {
      data.push(mirrorRow(pair.get, pair.a, pair.b, year, 'export'), mirrorRow(pair.get, pair.a, pair.b, year, 'import'));
    }
    return { ...pair.head, data };
  });
}

function growthNote(v0: number | null, v1: number | null, from: number, to: number): string | null {
  if (v0 === null) return `no total value for ${from}, the start year: growth cannot be computed`;
  if (v0 === 0) return `the total value for ${from} is zero: growth is undefined`;
  return v1 === null ? `no total value for ${to}, the end year` : null;
}

/** a's report of one direction against b's report of the same goods. */
function mirrorRow(get: Lookup, a: string, b: string, year: number, flow: 'export' | 'import') {
  const own = get(a, b, year, flow);
  const theirs = get(b, a, year, flow === 'export' ? 'import' : 'export');
  const r = own?.value_usd ?? null;
  const m = theirs?.value_usd ?? null;
  const gap = r === null || m === null ? null : m - r;
  const cif = flow === 'export' ? m : r;
  const fob = flow === 'export' ? r : m;
  return {
    year,
    flow,
    reported: report(own),
    mirror: report(theirs),
    gap,
    gapPct: gap === null || r === 0 ? null : (gap / r!) * 100,
    cifFobRatio: cif === null || fob === null || fob === 0 ? null : cif / fob,
  };
}

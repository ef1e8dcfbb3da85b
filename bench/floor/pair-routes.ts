/** GET /v1/bilateral/{a}/{b}, /growth and /mirror over a year range, as bench/http.ts asks them. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type pg from 'pg';
import { byRank, cagr, lookupOf, oneSource, othersNote, pairYear, pctChange, report, type Lookup, type Row } from './figures.js';
import { ALL_GOODS, arrayOf, directionalFigure, figure, nullable, object, pairFooter, pairHeader, reportOrNull } from './json-schemas.js';
import type { Countries } from './server.js';

// Every source's rows: the answer picks one source (figures.ts oneSource).
const PAIR_SQL = `
  SELECT reporter, partner, year, flow, value_usd, estimated, source_id
  FROM trade_flows
  WHERE commodity = 'TOTAL' AND ((reporter = $1 AND partner = $2) OR (reporter = $2 AND partner = $1))`;

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
    ...pairFooter,
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
    ...pairFooter,
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
    ...pairFooter,
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
    const { rows: all } = await pool.query<Row>({ name: 'pair', text: PAIR_SQL, values: [a.iso3, b.iso3] });
    /** The answer's figures from one source's rows: its lookup and its coverage. */
    const ofSource = (source: string | null, rows: Row[]) => {
      const reported = { [a.iso3]: new Set<number>(), [b.iso3]: new Set<number>() };
      for (const row of rows) reported[row.reporter]!.add(row.year);
      const sorted = (s: Set<number>) => [...s].sort((x, y) => x - y);
      return { source, get: lookupOf(rows), coverage: { reporter: sorted(reported[a.iso3]!), partner: sorted(reported[b.iso3]!) } };
    };
    const chosen = oneSource(all, from, to);
    return {
      a: a.iso3,
      b: b.iso3,
      from,
      to,
      all,
      ofSource,
      notes: chosen.notes,
      ...ofSource(chosen.source, chosen.rows),
      head: { reporter: a, partner: b, commodity: ALL_GOODS, unit: 'USD' },
    };
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
    return { ...pair.head, source: pair.source, basis: 'reporter', data, coverage: pair.coverage, notes: pair.notes };
  });

  app.get<PairRequest>('/v1/bilateral/:a/:b/growth', { schema: { response: { 200: schemas.growth } } }, async (request, reply) => {
    const loaded = await load(request, reply);
    if (!loaded) return reply;
    // Growth's one source: the highest-priority one with a total at both ends.
    const bySource = [...new Set(loaded.all.map((r) => r.source_id))].sort(byRank).map((s) =>
      loaded.ofSource(
        s,
        loaded.all.filter((r) => r.source_id === s),
      ),
    );
    const valueAt = (get: Lookup, year: number) => pairYear(get, loaded.a, loaded.b, year).total.value;
    const pair = {
      ...loaded,
      ...(bySource.find((p) => valueAt(p.get, loaded.from) !== null && valueAt(p.get, loaded.to) !== null) ?? loaded.ofSource(null, [])),
    };
    const total = (year: number) => valueAt(pair.get, year);
    const yoy = [];
    for (let year = pair.from; year <= pair.to; year++) yoy.push({ year, value: total(year), pct: pctChange(total(year - 1), total(year)) });
    const v0 = yoy[0]!.value;
    const v1 = yoy.at(-1)!.value;
    return {
      ...pair.head,
      source: pair.source,
      measure: 'total',
      start: { year: pair.from, value: v0 },
      end: { year: pair.to, value: v1 },
      change: v0 === null || v1 === null ? null : v1 - v0,
      changePct: pctChange(v0, v1),
      cagrPct: cagr(v0, v1, pair.to - pair.from),
      yoy,
      coverage: pair.coverage,
      notes: [...growthNote(v0, v1, pair.from, pair.to), ...[othersNote(loaded.all, pair.source, pair.from, pair.to)].filter((n) => n !== null)],
    };
  });

  app.get<PairRequest>('/v1/bilateral/:a/:b/mirror', { schema: { response: { 200: schemas.mirror } } }, async (request, reply) => {
    const pair = await load(request, reply);
    if (!pair) return reply;
    const data = [];
    for (let year = pair.from; year <= pair.to; year++) {
      data.push(mirrorRow(pair.get, pair.a, pair.b, year, 'export'), mirrorRow(pair.get, pair.a, pair.b, year, 'import'));
    }
    return { ...pair.head, source: pair.source, data, coverage: pair.coverage, notes: pair.notes };
  });
}

function growthNote(v0: number | null, v1: number | null, from: number, to: number): string[] {
  if (v0 === null) return [`no total value for ${from}, the start year: growth cannot be computed`];
  if (v0 === 0) return [`the total value for ${from} is zero: growth is undefined`];
  return v1 === null ? [`no total value for ${to}, the end year`] : [];
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

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEFINITIONS } from '../../../analytics/definitions.js';
import { Pair, yearsOf } from '../../../analytics/pair.js';
import { invalidParameter } from '../../../problem.js';
import { pairObservations } from '../../../queries/analytics.js';
import { Bilateral, Growth, GrowthQuery, Mirror, PairParams, PairQuery } from '../../../schemas/analytics.js';
import { problemResponses } from '../../../schemas/common.js';
import { toCountryRef } from '../../../services/country-directory.js';
import { requireSource } from '../../../services/sources.js';
import type { FastifyInstance } from 'fastify';

/** Resolves the pair and loads everything either side reported about the other. */
async function loadPair(app: FastifyInstance, params: { a: string; b: string }, source: string | undefined) {
  const a = app.countries.resolve(params.a, 'a');
  const b = app.countries.resolve(params.b, 'b');
  if (a.iso3 === b.iso3) throw invalidParameter('path', 'b', `must differ from a (both are ${a.iso3}); a country's trade with itself is not bilateral trade`);
  await requireSource(app.db, source);
  const pair = new Pair(a.iso3, b.iso3, await pairObservations(app.db, a.iso3, b.iso3), source);
  return { pair, header: { reporter: toCountryRef(a), partner: toCountryRef(b), unit: 'USD' as const, source: source ?? null, coverage: pair.coverage() } };
}

const bilateral: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/bilateral/:a/:b',
    {
      schema: {
        tags: ['analytics'],
        summary: 'A pair\'s trade, year by year',
        description:
          'Exports a→b, imports a←b, total and balance per year, each with its basis, source and both sides\' reports, and the YoY growth of the total. ' +
          `A year with no data has null values. A pair with no data at all: empty data, and coverage saying which years each side has. ${DEFINITIONS.basis} ${DEFINITIONS.total} ${DEFINITIONS.balance} ${DEFINITIONS.yoy} ${DEFINITIONS.source}`,
        params: PairParams,
        querystring: PairQuery,
        response: { 200: Bilateral, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      const { pair, header } = await loadPair(app, request.params, q.source);
      return { ...header, basis: q.basis, data: pair.series(yearsOf(q, pair.years()), q.basis) };
    },
  );

  app.get(
    '/bilateral/:a/:b/growth',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Growth of a pair\'s trade over a span',
        description: `Start and end values, change, change %, CAGR % and the YoY list of the measure. ${DEFINITIONS.change} ${DEFINITIONS.cagr} ${DEFINITIONS.yoy}`,
        params: PairParams,
        querystring: GrowthQuery,
        response: { 200: Growth, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      const { pair, header } = await loadPair(app, request.params, q.source);
      const growth = pair.growth(q.measure, q, q.basis);
      if (!growth) {
        const none = { year: null, value: null };
        return { ...header, measure: q.measure, start: none, end: none, change: null, changePct: null, cagrPct: null, yoy: [], note: `no ${q.measure} values for this pair` };
      }
      return { ...header, measure: q.measure, ...growth };
    },
  );

  app.get(
    '/bilateral/:a/:b/mirror',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Mirror statistics: both sides\' reports of the same goods',
        description: DEFINITIONS.mirror,
        params: PairParams,
        querystring: PairQuery,
        response: { 200: Mirror, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      const { pair, header } = await loadPair(app, request.params, q.source);
      return { ...header, data: pair.mirror(yearsOf(q, pair.years())) };
    },
  );
};

export default bilateral;

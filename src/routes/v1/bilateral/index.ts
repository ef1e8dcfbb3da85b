import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bilateralGrowth, bilateralMirror, bilateralSeries } from '../../../analytics/bilateral.js';
import { DEFINITIONS } from '../../../analytics/definition-texts.js';
import { Bilateral, Growth, GrowthQuery, Mirror, PairParams, PairQuery } from '../../../schemas/analytics.js';
import { growthTable, mirrorTable, seriesTable } from '../../../http/analytics-tables.js';
import { sendAnswer } from '../../../http/tables.js';
import { problemResponses, tableAnswer } from '../../../schemas/common.js';

const bilateral: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/bilateral/:a/:b',
    {
      schema: {
        operationId: 'getBilateral',
        tags: ['analytics'],
        summary: "A pair's trade, year by year",
        description:
          "Exports a→b, imports a←b, total and balance per year, each with its basis, source and both sides' reports, and the YoY growth of the total. " +
          `A year with no data has null values. A pair with no data at all: empty data, and coverage saying which years each side has. ${DEFINITIONS.basis} ${DEFINITIONS.total} ${DEFINITIONS.balance} ${DEFINITIONS.yoy} ${DEFINITIONS.source}`,
        params: PairParams,
        querystring: PairQuery,
        response: { 200: tableAnswer("The pair's yearly series from one source", Bilateral), ...problemResponses(400, 404, 406, 414, 429, 503) },
      },
    },
    async (request, reply) =>
      sendAnswer(request, reply, request.query.format, await bilateralSeries(request.reads, request.params, request.query), seriesTable),
  );

  app.get(
    '/bilateral/:a/:b/growth',
    {
      schema: {
        operationId: 'getBilateralGrowth',
        tags: ['analytics'],
        summary: "Growth of a pair's trade over a span",
        description: `Start and end values, change, change %, CAGR % and the YoY list of the measure. ${DEFINITIONS.change} ${DEFINITIONS.cagr} ${DEFINITIONS.yoy}`,
        params: PairParams,
        querystring: GrowthQuery,
        response: { 200: tableAnswer('Growth of the measure over the span, from one source', Growth), ...problemResponses(400, 404, 406, 414, 429, 503) },
      },
    },
    async (request, reply) =>
      sendAnswer(request, reply, request.query.format, await bilateralGrowth(request.reads, request.params, request.query), growthTable),
  );

  app.get(
    '/bilateral/:a/:b/mirror',
    {
      schema: {
        operationId: 'getBilateralMirror',
        tags: ['analytics'],
        summary: "Mirror statistics: both sides' reports of the same goods",
        description: DEFINITIONS.mirror,
        params: PairParams,
        querystring: PairQuery,
        response: {
          200: tableAnswer("Both sides' reports per year and direction, from one source", Mirror),
          ...problemResponses(400, 404, 406, 414, 429, 503),
        },
      },
    },
    async (request, reply) =>
      sendAnswer(request, reply, request.query.format, await bilateralMirror(request.reads, request.params, request.query), mirrorTable),
  );
};

export default bilateral;

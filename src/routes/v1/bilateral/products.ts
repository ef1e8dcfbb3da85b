import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEFINITIONS } from '../../../analytics/definition-texts.js';
import { pairProductRanking } from '../../../analytics/products.js';
import { productsTable } from '../../../http/analytics-tables.js';
import { sendAnswer } from '../../../http/tables.js';
import { PairParams } from '../../../schemas/analytics.js';
import { problemResponses, tableAnswer } from '../../../schemas/common.js';
import { PairProducts, PairProductsQuery } from '../../../schemas/products.js';

const pairProducts: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/bilateral/:a/:b/products',
    {
      schema: {
        operationId: 'getBilateralProducts',
        tags: ['analytics'],
        summary: 'What a pair trades: its goods ranked by value, with shares',
        description:
          "The pair's goods at one HS level (chapters by default) in one year (default: the latest of the chosen source) or one ranking per year of a range, " +
          'largest first, with share, basis, unit value where weights exist, and the goods beyond `limit` together as `rest`; ' +
          "`parentFigure` is the parent's own figure (the reported total), to compare with the products' sum. " +
          `${DEFINITIONS.commodity} ${DEFINITIONS.basis} ${DEFINITIONS.source}`,
        params: PairParams,
        querystring: PairProductsQuery,
        response: { 200: tableAnswer("The pair's goods, ranked, from one source", PairProducts), ...problemResponses(400, 404, 406, 414, 429, 503) },
      },
    },
    async (request, reply) =>
      sendAnswer(request, reply, request.query.format, await pairProductRanking(request.reads, request.params, request.query), productsTable),
  );
};

export default pairProducts;

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEFINITIONS } from '../../../analytics/definition-texts.js';
import { countryProductRanking } from '../../../analytics/products.js';
import { productsTable } from '../../../http/analytics-tables.js';
import { sendAnswer } from '../../../http/tables.js';
import { problemResponses, tableAnswer } from '../../../schemas/common.js';
import { CountryParams } from '../../../schemas/countries.js';
import { CountryProducts, CountryProductsQuery } from '../../../schemas/products.js';

const countryProducts: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/countries/:code/products',
    {
      schema: {
        operationId: 'getCountryProducts',
        tags: ['analytics'],
        summary: "A country's top exports or imports: its goods ranked, with shares",
        description:
          "The country's goods at one HS level, summed over every partner (the World) or over a group's other members (`within`), in one year or per year of a range, " +
          "largest first, with shares and the rest. Each partner contributes its figure as a pair figure does (the country's report, else the partner's mirror). " +
          `${DEFINITIONS.commodity} ${DEFINITIONS.basis} ${DEFINITIONS.source}`,
        params: CountryParams,
        querystring: CountryProductsQuery,
        response: { 200: tableAnswer("The country's goods, ranked, from one source", CountryProducts), ...problemResponses(400, 404, 406, 414, 429, 503) },
      },
    },
    async (request, reply) =>
      sendAnswer(request, reply, request.query.format, await countryProductRanking(request.reads, request.params.code, request.query), productsTable),
  );
};

export default countryProducts;

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEFINITIONS } from '../../../analytics/definition-texts.js';
import { partnerRanking } from '../../../analytics/partners.js';
import { Partners, PartnersQuery } from '../../../schemas/analytics.js';
import { partnersTable } from '../../../http/analytics-tables.js';
import { sendAnswer } from '../../../http/tables.js';
import { problemResponses, tableAnswer } from '../../../schemas/common.js';
import { CountryParams } from '../../../schemas/countries.js';

const partners: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/countries/:code/partners',
    {
      schema: {
        operationId: 'getCountryPartners',
        tags: ['analytics'],
        summary: "A country's partners, ranked, with shares",
        description:
          'Partners by the measure in one year, largest first, with rank and share, and the partners beyond `limit` together as `rest`. ' +
          `With within=<group>, only the group's other members count (the country must belong to the group that year). ${DEFINITIONS.share} ${DEFINITIONS.basis}`,
        params: CountryParams,
        querystring: PartnersQuery,
        response: { 200: tableAnswer('The ranking, with shares and the rest', Partners), ...problemResponses(400, 404, 406, 414, 429, 503) },
      },
    },
    async (request, reply) =>
      sendAnswer(request, reply, request.query.format, await partnerRanking(request.reads, request.params.code, request.query), partnersTable),
  );
};

export default partners;

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPage } from '../../../http/collections.js';
import { answer, TABLE_CONTENT, problemResponses, NoQuery } from '../../../schemas/common.js';
import { CountryDetail, CountryList, CountryListQuery, CountryParams } from '../../../schemas/countries.js';
import { COUNTRY_CSV_COLUMNS, countryDetail, countryPage } from '../../../services/countries.js';

const countries: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/countries',
    {
      schema: {
        operationId: 'listCountries',
        tags: ['countries'],
        summary: 'List countries',
        description:
          'Every ISO 3166-1 country and territory with its UN M49 region and sub-region, plus the historical and non-ISO entities trade data uses. ' +
          'An unknown region is a 400 listing the valid ones, never an empty list.',
        querystring: CountryListQuery,
        response: {
          200: { description: 'Countries, by iso3', content: { 'application/json': { schema: CountryList }, ...TABLE_CONTENT } },
          ...problemResponses(400, 406, 429, 503),
        },
      },
    },
    async (request, reply) => sendPage(request, reply, request.query.format, await countryPage(request.reads, request.query), COUNTRY_CSV_COLUMNS, 'countries'),
  );

  app.get(
    '/countries/:code',
    {
      schema: {
        operationId: 'getCountry',
        tags: ['countries'],
        summary: 'One country',
        description:
          'A country by ISO alpha-3, alpha-2 or M49 numeric code in any case (KAZ, kz, 398), with the groups it belongs to. An unknown code is a 404 with close matches.',
        params: CountryParams,
        querystring: NoQuery,
        response: { 200: answer('The country, with its groups', CountryDetail), ...problemResponses(400, 404, 406, 414, 429, 503) },
      },
    },
    async (request) => countryDetail(request.reads, request.params.code),
  );
};

export default countries;

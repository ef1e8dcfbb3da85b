import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { decodeCursor, linkNextPage, paginate, sendCsv, wantsCsv } from '../../../http/collections.js';
import { invalidParameter } from '../../../problem.js';
import { listCountries, listMembershipsOf } from '../../../queries/countries.js';
import { CSV_CONTENT, problemResponses } from '../../../schemas/common.js';
import { CountryDetail, CountryList, CountryListQuery, CountryParams } from '../../../schemas/countries.js';

const isIso3Key = (v: unknown): v is [string] => Array.isArray(v) && v.length === 1 && typeof v[0] === 'string';

const CSV_COLUMNS = ['iso3', 'iso2', 'm49', 'name', 'region', 'subregion', 'intermediateRegion', 'historical'];

const countries: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/countries',
    {
      schema: {
        tags: ['countries'],
        summary: 'List countries',
        description:
          'Every ISO 3166-1 country and territory with its UN M49 region and sub-region, plus the historical and non-ISO entities trade data uses. ' +
          'An unknown region is a 400 listing the valid ones, never an empty list.',
        querystring: CountryListQuery,
        response: {
          200: { description: 'Countries, by iso3', content: { 'application/json': { schema: CountryList }, ...CSV_CONTENT } },
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const { region, q, historical, limit, cursor, format } = request.query;
      const canonicalRegion = region === undefined ? undefined : app.countries.region(region);
      if (region !== undefined && canonicalRegion === undefined) {
        throw invalidParameter('query', 'region', `unknown region '${region}'; use one of: ${app.countries.regionNames().join(', ')}`);
      }
      const after = decodeCursor(cursor, isIso3Key)?.[0];
      const rows = await listCountries(app.db, { region: canonicalRegion, q, historical, after, limit });
      const page = paginate(rows, limit, (c) => [c.iso3]);
      linkNextPage(request, reply, page.page.next);
      if (wantsCsv(request, format)) return sendCsv(reply, page.data, CSV_COLUMNS);
      return page;
    },
  );

  app.get(
    '/countries/:code',
    {
      schema: {
        tags: ['countries'],
        summary: 'One country',
        description: 'A country by ISO alpha-3, alpha-2 or M49 numeric code in any case (KAZ, kz, 398), with the groups it belongs to. An unknown code is a 404 with close matches.',
        params: CountryParams,
        response: { 200: CountryDetail, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const country = app.countries.resolve(request.params.code, 'code');
      return { ...country, groups: await listMembershipsOf(app.db, country.iso3) };
    },
  );
};

export default countries;

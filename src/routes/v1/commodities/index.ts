import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPage } from '../../../http/collections.js';
import { CommodityDetail, CommodityList, CommodityListQuery, CommodityParams } from '../../../schemas/commodities.js';
import { answer, NoQuery, problemResponses, TABLE_CONTENT } from '../../../schemas/common.js';
import { COMMODITY_CSV_COLUMNS, commodityDetail, commodityPage } from '../../../services/commodities.js';

const commodities: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/commodities',
    {
      schema: {
        operationId: 'listCommodities',
        tags: ['commodities'],
        summary: 'List product codes (HS)',
        description:
          'The HS nomenclature by code: the 97 chapters with short names on a fresh start; headings (4 digits) and subheadings (6 digits) with their ' +
          'official descriptions once a nomenclature is imported (`cli import FILE --format hs-nomenclature`). ' +
          'Search with `q` (a code prefix or words), or walk the tree with `parent`. An unknown parent is a 404 with close matches.',
        querystring: CommodityListQuery,
        response: {
          200: { description: 'Product codes, by code', content: { 'application/json': { schema: CommodityList }, ...TABLE_CONTENT } },
          ...problemResponses(400, 404, 406, 429, 503),
        },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, request.query.format, await commodityPage(request.reads, request.query), COMMODITY_CSV_COLUMNS, 'commodities'),
  );

  app.get(
    '/commodities/:code',
    {
      schema: {
        operationId: 'getCommodity',
        tags: ['commodities'],
        summary: 'One product code, with its ancestors and children',
        description:
          'An HS code of 2, 4 or 6 digits: its chapter and heading above it, and the codes one level below. An unknown code is a 404 with close matches.',
        params: CommodityParams,
        querystring: NoQuery,
        response: { 200: answer('The code, with its ancestors and children', CommodityDetail), ...problemResponses(400, 404, 406, 414, 429, 503) },
      },
    },
    async (request) => commodityDetail(request.reads, request.params.code),
  );
};

export default commodities;

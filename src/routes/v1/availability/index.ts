import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPage } from '../../../http/collections.js';
import { AvailabilityList, AvailabilityQuery } from '../../../schemas/availability.js';
import { problemResponses, TABLE_CONTENT } from '../../../schemas/common.js';
import { AVAILABILITY_CSV_COLUMNS, availabilityPage } from '../../../services/availability.js';

const availability: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/availability',
    {
      schema: {
        operationId: 'listAvailability',
        tags: ['sources'],
        summary: 'What data exists: per reporter, year and source',
        description:
          'Before querying figures: for each reporter and year, which sources have its reports, with how many partners, at which commodity levels ' +
          '(0 all goods, 2 chapters, 4 headings, 6 subheadings), which flows, and the latest release that wrote them. ' +
          'Filter by reporter, partner (who reported trade with it), source, year or range, and level.',
        querystring: AvailabilityQuery,
        response: {
          200: { description: 'Coverage, by reporter, year and source', content: { 'application/json': { schema: AvailabilityList }, ...TABLE_CONTENT } },
          ...problemResponses(400, 404, 406, 429, 503),
        },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, request.query.format, await availabilityPage(request.reads, request.query), AVAILABILITY_CSV_COLUMNS, 'availability'),
  );
};

export default availability;

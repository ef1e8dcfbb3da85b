import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPage } from '../../../http/collections.js';
import { CSV_CONTENT, problemResponses } from '../../../schemas/common.js';
import { FlowList, FlowQuery } from '../../../schemas/flows.js';
import { FLOW_CSV_COLUMNS, flowPage } from '../../../services/flows.js';

const flows: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/flows',
    {
      schema: {
        operationId: 'listFlows',
        tags: ['flows'],
        summary: 'Raw trade observations',
        description:
          'Each figure as its reporter published it, with provenance (source, release, estimated). Values in US dollars. ' +
          'Ordered by reporter, partner, year, flow, commodity, source; page with `cursor`.',
        querystring: FlowQuery,
        response: {
          200: {
            description: 'Observations, one per reporter, partner, year, flow, commodity and source',
            content: { 'application/json': { schema: FlowList }, ...CSV_CONTENT },
          },
          ...problemResponses(400, 404, 406, 429, 503),
        },
      },
    },
    async (request, reply) => sendPage(request, reply, request.query.format, await flowPage(request.reads, request.query), FLOW_CSV_COLUMNS),
  );
};

export default flows;

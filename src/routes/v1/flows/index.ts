import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPage } from '../../../http/collections.js';
import { TABLE_CONTENT, problemResponses } from '../../../schemas/common.js';
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
            content: { 'application/json': { schema: FlowList }, ...TABLE_CONTENT },
          },
          ...problemResponses(400, 404, 406, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      // flows-KAZ-UZB-2017-2022: what the download holds, as far as the filters say.
      const fileName = () => {
        const years = q.year !== undefined ? [q.year] : [q.from, q.to];
        return ['flows', q.reporter?.join('+'), q.partner?.join('+'), ...years].filter((part) => part !== undefined).join('-');
      };
      return sendPage(request, reply, q.format, await flowPage(request.reads, q), FLOW_CSV_COLUMNS, fileName);
    },
  );
};

export default flows;

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { answer, NoQuery, problemResponses } from '../../../schemas/common.js';
import { listSources } from '../../../queries/sources.js';
import { SourceList } from '../../../schemas/sources.js';

const sources: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sources',
    {
      schema: {
        operationId: 'listSources',
        tags: ['sources'],
        summary: 'List data sources',
        description: 'Every source whose figures this API serves, with its publisher, licence and citation.',
        querystring: NoQuery,
        response: { 200: answer('Every source', SourceList), ...problemResponses(400, 406, 429, 503) },
      },
    },
    async (request) => ({ data: await listSources(request.reads.db) }),
  );
};

export default sources;

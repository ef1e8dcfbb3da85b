import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendAnswer } from '../../../http/tables.js';
import { FormatOnlyQuery, problemResponses, tableAnswer } from '../../../schemas/common.js';
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
        querystring: FormatOnlyQuery,
        response: { 200: tableAnswer('Every source', SourceList), ...problemResponses(400, 406, 429, 503) },
      },
    },
    async (request, reply) =>
      sendAnswer(request, reply, request.query.format, { data: await listSources(request.reads.db) }, (body) => ({
        columns: ['id', 'name', 'publisher', 'url', 'license', 'citation', 'notes', 'releaseCount'],
        records: body.data,
        fileName: 'sources',
      })),
  );
};

export default sources;

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listGroups } from '../../../queries/groups.js';
import { sendAnswer } from '../../../http/tables.js';
import { answer, FormatOnlyQuery, problemResponses, tableAnswer } from '../../../schemas/common.js';
import { Group, GroupList, GroupParams, GroupQuery } from '../../../schemas/groups.js';
import { groupWithMembers } from '../../../services/groups.js';

const groups: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/groups',
    {
      schema: {
        operationId: 'listGroups',
        tags: ['groups'],
        summary: 'List country groups',
        description: 'The country groups aggregates can be computed for.',
        querystring: FormatOnlyQuery,
        response: { 200: tableAnswer('Every group', GroupList), ...problemResponses(400, 406, 429, 503) },
      },
    },
    async (request, reply) =>
      sendAnswer(request, reply, request.query.format, { data: await listGroups(request.reads.db) }, (body) => ({
        columns: ['id', 'name', 'kind', 'description', 'url', 'memberCount'],
        records: body.data,
        fileName: 'groups',
      })),
  );

  app.get(
    '/groups/:id',
    {
      schema: {
        operationId: 'getGroup',
        tags: ['groups'],
        summary: 'One group and its membership',
        description: 'A group with each member and the years it was a member (inclusive). With `year`, only the members of that year.',
        params: GroupParams,
        querystring: GroupQuery,
        response: { 200: answer('The group and its membership periods', Group), ...problemResponses(400, 404, 406, 414, 429, 503) },
      },
    },
    async (request) => groupWithMembers(request.reads, request.params.id, request.query.year),
  );
};

export default groups;

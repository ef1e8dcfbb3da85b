import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEFINITIONS } from '../../../analytics/definition-texts.js';
import { groupTrade } from '../../../analytics/group-trade.js';
import { GroupTrade, GroupTradeQuery } from '../../../schemas/analytics.js';
import { groupTradeTable } from '../../../http/analytics-tables.js';
import { sendAnswer } from '../../../http/tables.js';
import { problemResponses, tableAnswer } from '../../../schemas/common.js';
import { GroupParams } from '../../../schemas/groups.js';

const groupTradeRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/groups/:id/trade',
    {
      schema: {
        operationId: 'getGroupTrade',
        tags: ['analytics'],
        summary: 'Trade within a group, and with the rest of the world',
        description: `One object per year in \`data\`: one year (year=), a range (from=&to=), or by default the latest year of the answer's source. Membership as of each year. ${DEFINITIONS.intra} ${DEFINITIONS.basis}`,
        params: GroupParams,
        querystring: GroupTradeQuery,
        response: { 200: tableAnswer("The group's trade, one object per year", GroupTrade), ...problemResponses(400, 404, 406, 414, 429, 503) },
      },
    },
    async (request, reply) =>
      sendAnswer(request, reply, request.query.format, await groupTrade(request.reads, request.params.id, request.query), groupTradeTable),
  );
};

export default groupTradeRoute;

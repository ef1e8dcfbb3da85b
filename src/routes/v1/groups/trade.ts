import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEFINITIONS } from '../../../analytics/definition-texts.js';
import { groupTrade } from '../../../analytics/group-trade.js';
import { GroupTrade, GroupTradeQuery } from '../../../schemas/analytics.js';
import { answer, problemResponses } from '../../../schemas/common.js';
import { GroupParams } from '../../../schemas/groups.js';

const groupTradeRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/groups/:id/trade',
    {
      schema: {
        operationId: 'getGroupTrade',
        tags: ['analytics'],
        summary: 'Trade within a group, and with the rest of the world',
        description: `For one year (year=) an object; for a range (from=&to=) one per year in \`data\`. Membership as of each year. ${DEFINITIONS.intra} ${DEFINITIONS.basis}`,
        params: GroupParams,
        querystring: GroupTradeQuery,
        response: { 200: answer("The group's trade, one object per year", GroupTrade), ...problemResponses(400, 404, 406, 414, 429, 503) },
      },
    },
    async (request) => groupTrade(request.reads, request.params.id, request.query),
  );
};

export default groupTradeRoute;

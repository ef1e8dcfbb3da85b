import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEFINITIONS } from '../../../analytics/definitions.js';
import { groupTradeYear } from '../../../analytics/group-trade.js';
import { groupExports } from '../../../queries/analytics.js';
import { listGroupMembers } from '../../../queries/groups.js';
import { GroupTrade, GroupTradeQuery } from '../../../schemas/analytics.js';
import { problemResponses } from '../../../schemas/common.js';
import { GroupParams } from '../../../schemas/groups.js';
import { requireGroup } from '../../../services/groups.js';
import { requireSource } from '../../../services/sources.js';

const memberIn = (m: { fromYear: number | null; toYear: number | null }, year: number) =>
  (m.fromYear === null || m.fromYear <= year) && (m.toYear === null || m.toYear >= year);

const groupTrade: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/groups/:id/trade',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Trade within a group, and with the rest of the world',
        description: `For one year (year=) an object; for a range (from=&to=) one per year in \`data\`. Membership as of each year. ${DEFINITIONS.intra} ${DEFINITIONS.basis}`,
        params: GroupParams,
        querystring: GroupTradeQuery,
        response: { 200: GroupTrade, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      const group = await requireGroup(app.db, request.params.id, 'id', 'path');
      await requireSource(app.db, q.source);
      const from = q.year ?? q.from!;
      const to = q.year ?? q.to!;
      const periods = await listGroupMembers(app.db, group.id);
      const country = (iso3: string) => app.countries.ref(iso3);
      const answer = async (year: number) => {
        const members = [...new Set(periods.filter((m) => memberIn(m, year)).map((m) => m.iso3))].sort();
        const trade = groupTradeYear(members, await groupExports(app.db, members, year, q.source));
        return {
          group: group.id,
          year,
          unit: 'USD' as const,
          members: members.map(country),
          intra: { value: trade.intra },
          extra: { value: trade.extra },
          total: { value: trade.total },
          intraSharePct: trade.intraSharePct,
          matrix: trade.matrix.map((c) => ({ reporter: country(c.reporter), partner: country(c.partner), value: c.value, basis: c.basis })),
        };
      };
      if (q.year !== undefined) return answer(q.year);
      const data = [];
      // One query per year (membership changes between years); sequential so one request holds one connection.
      for (let year = from; year <= to; year++) data.push(await answer(year));
      return { group: group.id, data };
    },
  );
};

export default groupTrade;

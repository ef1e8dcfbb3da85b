import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEFINITIONS } from '../../../analytics/definitions.js';
import { rankPartners } from '../../../analytics/partners.js';
import { invalidParameter } from '../../../problem.js';
import { countryObservations, latestYear } from '../../../queries/analytics.js';
import { listMembershipsOf } from '../../../queries/countries.js';
import { listGroupMembers } from '../../../queries/groups.js';
import { Partners, PartnersQuery } from '../../../schemas/analytics.js';
import { problemResponses } from '../../../schemas/common.js';
import { CountryParams } from '../../../schemas/countries.js';
import { toCountryRef } from '../../../services/country-directory.js';
import { requireGroup } from '../../../services/groups.js';
import { requireSource } from '../../../services/sources.js';

const partners: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/countries/:code/partners',
    {
      schema: {
        tags: ['analytics'],
        summary: 'A country\'s partners, ranked, with shares',
        description:
          'Partners by the measure in one year, largest first, with rank and share, and the partners beyond `limit` together as `rest`. ' +
          `With within=<group>, only the group's other members count (the country must belong to the group that year). ${DEFINITIONS.share} ${DEFINITIONS.basis}`,
        params: CountryParams,
        querystring: PartnersQuery,
        response: { 200: Partners, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      const country = app.countries.resolve(request.params.code, 'code');
      await requireSource(app.db, q.source);
      const year = q.year ?? (await latestYear(app.db, country.iso3));
      let within: Set<string> | undefined;
      if (q.within !== undefined) {
        const group = await requireGroup(app.db, q.within, 'within', 'query');
        const members = year === null ? [] : await listGroupMembers(app.db, group.id, year);
        if (!members.some((m) => m.iso3 === country.iso3)) {
          const own = (await listMembershipsOf(app.db, country.iso3)).map((g) => g.id);
          throw invalidParameter(
            'query',
            'within',
            `${country.iso3} is not a member of ${group.id} in ${year ?? 'any year with data'}; within takes a group the country belongs to` +
              (own.length > 0 ? ` (${[...new Set(own)].join(', ')})` : ' (it belongs to none)') +
              `; for trade with another group's members see GET /v1/groups/${group.id}/trade`,
          );
        }
        within = new Set(members.map((m) => m.iso3).filter((m) => m !== country.iso3));
      }
      const header = { reporter: toCountryRef(country), year, measure: q.measure, within: q.within ?? null, unit: 'USD' as const };
      if (year === null) return { ...header, total: 0, data: [], rest: { value: 0, sharePct: null } };

      const observations = (await countryObservations(app.db, country.iso3, year)).filter((o) => q.source === undefined || o.source === q.source);
      const { total, ranked } = rankPartners(country.iso3, year, observations, q.measure, q.basis, within);
      const top = ranked.slice(0, q.limit);
      const restValue = ranked.slice(q.limit).reduce((sum, p) => sum + p.value, 0);
      return {
        ...header,
        total,
        data: top.map((p) => ({
          rank: p.rank,
          partner: app.countries.ref(p.partner),
          value: p.value,
          sharePct: p.sharePct,
          basis: p.figure.basis,
          estimated: p.figure.estimated,
          source: p.figure.source,
        })),
        rest: { value: restValue, sharePct: total === 0 ? null : (restValue / total) * 100 },
      };
    },
  );
};

export default partners;

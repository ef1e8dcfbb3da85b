import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FLOWS } from '../../../domain.js';
import { decodeCursor, linkNextPage, paginate, sendCsv, wantsCsv } from '../../../http/collections.js';
import { listFlows, type FlowKey } from '../../../queries/flows.js';
import { CSV_CONTENT, problemResponses } from '../../../schemas/common.js';
import { FlowList, FlowQuery } from '../../../schemas/flows.js';
import { resolveAsOf } from '../../../services/as-of.js';
import { requireSource } from '../../../services/lookups.js';

const isFlowKey = (v: unknown): v is FlowKey =>
  Array.isArray(v) &&
  v.length === 6 &&
  v.every((x, i) => (i === 2 ? Number.isInteger(x) : typeof x === 'string')) &&
  (FLOWS as readonly string[]).includes(v[3] as string);

const CSV_COLUMNS = ['reporter', 'reporterName', 'partner', 'partnerName', 'year', 'flow', 'commodity', 'valueUsd', 'estimated', 'source', 'release', 'note'];

const flows: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/flows',
    {
      schema: {
        tags: ['flows'],
        summary: 'Raw trade observations',
        description:
          'Each figure as its reporter published it, with provenance (source, release, estimated). Values in US dollars. ' +
          'Ordered by reporter, partner, year, flow, commodity, source; page with `cursor`.',
        querystring: FlowQuery,
        response: {
          200: { description: 'Observations, one per reporter, partner, year, flow, commodity and source', content: { 'application/json': { schema: FlowList }, ...CSV_CONTENT } },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const reporter = q.reporter === undefined ? undefined : app.countries.resolve(q.reporter, 'reporter', 'query').iso3;
      const partner = q.partner === undefined ? undefined : app.countries.resolve(q.partner, 'partner', 'query').iso3;
      await requireSource(app.db, q.source);
      const after = decodeCursor(q.cursor, isFlowKey);
      const asOfRelease = q.asOf === undefined ? undefined : await resolveAsOf(app.db, q.asOf);
      // Nothing had been loaded by then: an empty answer, not an error.
      const rows = asOfRelease === null ? [] : await listFlows(app.db, { ...q, reporter, partner, after, asOfRelease });
      const page = paginate(rows, q.limit, (r) => [r.reporter, r.partner, r.year, r.flow, r.commodity, r.source]);
      linkNextPage(request, reply, page.page.next);
      const country = (iso3: string) => app.countries.ref(iso3);
      if (wantsCsv(request, q.format)) {
        return sendCsv(
          reply,
          page.data.map((r) => ({ ...r, reporterName: country(r.reporter).name, partnerName: country(r.partner).name })),
          CSV_COLUMNS,
        );
      }
      return { unit: 'USD' as const, data: page.data.map((r) => ({ ...r, reporter: country(r.reporter), partner: country(r.partner) })), page: page.page };
    },
  );
};

export default flows;

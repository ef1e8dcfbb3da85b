import type { AppContext } from './context.js';
import { FLOWS } from '../domain.js';
import { decodeCursor, paginate, type PageAnswer } from './pages.js';
import { listFlows, type FlowKey } from '../queries/flows.js';
import type { FlowQuery } from '../schemas/flows.js';
import { resolveAsOf } from './as-of.js';
import { requireSource } from './lookups.js';

const isFlowKey = (v: unknown): v is FlowKey =>
  Array.isArray(v) &&
  v.length === 6 &&
  v.every((x, i) => (i === 2 ? Number.isInteger(x) : typeof x === 'string')) &&
  (FLOWS as readonly string[]).includes(v[3] as string);

export const FLOW_CSV_COLUMNS = [
  'reporter',
  'reporterName',
  'partner',
  'partnerName',
  'year',
  'flow',
  'commodity',
  'valueUsd',
  'estimated',
  'source',
  'release',
  'note',
];

/** GET /v1/flows: one page of raw observations, as they stand now or as of a release. */
export async function flowPage(ctx: AppContext, q: FlowQuery) {
  const asked = (['reporter', 'partner'] as const).flatMap((name) => (q[name] === undefined ? [] : [{ code: q[name], name, in: 'query' as const }]));
  const resolved = new Map(ctx.countries.resolveAll(asked).map((c, i) => [asked[i]!.name, c.iso3]));
  const reporter = resolved.get('reporter');
  const partner = resolved.get('partner');
  await requireSource(ctx.db, q.source);
  const after = decodeCursor(q.cursor, isFlowKey);
  const asOf = q.asOf === undefined ? undefined : await resolveAsOf(ctx.db, q.asOf);
  // Nothing had been loaded by then: an empty answer, not an error. The filter is written out, not
  // spread from the query: copying the parsed query with overrides was the costliest line of this
  // function (bench/http profiles).
  const rows =
    asOf === null
      ? []
      : await listFlows(
          ctx.db,
          {
            reporter,
            partner,
            year: q.year,
            from: q.from,
            to: q.to,
            flow: q.flow,
            commodity: q.commodity,
            source: q.source,
            after,
            asOf,
            limit: q.limit,
          },
          (iso3) => ctx.countries.ref(iso3),
        );
  const { data, page } = paginate(rows, q.limit, (r) => [r.reporter.iso3, r.partner.iso3, r.year, r.flow, r.commodity, r.source]);
  const body = { unit: 'USD' as const, data, page };
  const answer: PageAnswer<typeof body> = {
    body,
    csvRecords: () =>
      data.map((r) => ({ ...r, reporter: r.reporter.iso3, reporterName: r.reporter.name, partner: r.partner.iso3, partnerName: r.partner.name })),
  };
  return answer;
}

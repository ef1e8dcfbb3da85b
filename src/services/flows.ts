import type { ReadContext } from './context.js';
import { ALL_GOODS } from '../domain.js';
import { commodityDirectory } from './commodity-directory.js';
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
export async function flowPage(ctx: ReadContext, q: FlowQuery) {
  // Every code of both lists at once, so one problem names every unknown one.
  const asked = (['reporter', 'partner'] as const).flatMap((name) => (q[name] ?? []).map((code) => ({ code, name, in: 'query' as const })));
  const resolved = ctx.countries.resolveAll(asked);
  const codesOf = (name: 'reporter' | 'partner') => [...new Set(resolved.filter((_, i) => asked[i]!.name === name).map((c) => c.iso3))];
  // One code: an equality (the statement then skips the column); several: a list.
  const one = (list: string[]) => (list.length === 1 ? list[0] : undefined);
  const many = (list: string[]) => (list.length > 1 ? list : undefined);
  const [reporters, partners] = [codesOf('reporter'), codesOf('partner')];
  const commodities = q.commodity === undefined ? [] : await knownCommodities(ctx, q.commodity);
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
            reporter: one(reporters),
            partner: one(partners),
            year: q.year,
            from: q.from,
            to: q.to,
            flow: q.flow,
            commodity: one(commodities),
            reporters: many(reporters),
            partners: many(partners),
            commodities: many(commodities),
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

/** The commodity list as stored (TOTAL, or codes the nomenclature has): an unknown code is a 404 with close codes, never an empty page. */
async function knownCommodities(ctx: ReadContext, codes: string[]): Promise<string[]> {
  const upper = [...new Set(codes.map((c) => c.toUpperCase()))];
  if (upper.every((c) => c === ALL_GOODS)) return upper;
  const directory = await commodityDirectory(ctx);
  return upper.map((code) => directory.resolve(code, { in: 'query', name: 'commodity' }).code);
}

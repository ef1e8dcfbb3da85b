import { and, asc, eq, gt, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { tradeFlowRevisions, tradeFlows } from '../db/schema.js';
import type { Flow } from '../domain.js';
import type { AsOfCutoffs } from './releases.js';
import { rawTuples, type RawStatement } from '../db/raw-statement.js';

export type FlowKey = [reporter: string, partner: string, year: number, flow: string, commodity: string, source: string];

export type FlowFilter = {
  reporter?: string | undefined;
  partner?: string | undefined;
  year?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
  flow?: Flow | undefined;
  commodity?: string | undefined;
  source?: string | undefined;
  /** Lists (reporter=KAZ,UZB): each set only with two or more values; one value goes in the equality above. */
  reporters?: string[] | undefined;
  partners?: string[] | undefined;
  commodities?: string[] | undefined;
  after?: FlowKey | undefined;
  /** Values as they stood when these releases (per source, the last that counts) had committed; undefined = current values. */
  asOf?: AsOfCutoffs | undefined;
  limit: number;
};

const t = tradeFlows;

/** A row's cutoff: the last release of its own source that counts (0 for a source with none). */
function cutoffFor(cutoffs: AsOfCutoffs): SQL {
  const cases = [...cutoffs].map(([source, last]) => sql`WHEN ${source} THEN ${last}::int`);
  return sql`(CASE ${t.sourceId} ${sql.join(cases, sql` `)} ELSE 0 END)`;
}

const columns = {
  reporter: t.reporter,
  partner: t.partner,
  year: t.year,
  flow: t.flow,
  commodity: t.commodity,
  source: t.sourceId,
  note: t.note,
};
const keyOrder = [asc(t.reporter), asc(t.partner), asc(t.year), asc(t.flow), asc(t.commodity), asc(t.sourceId)];
const afterKey = (key: readonly unknown[]) =>
  sql`(${t.reporter}, ${t.partner}, ${t.year}, ${t.flow}, ${t.commodity}, ${t.sourceId}) > (${sql.join(
    key.map((v) => sql`${v}`),
    sql`, `,
  )})`;

// The filters a request may set; which of them it sets picks its prepared statement.
const FILTERS = ['reporter', 'partner', 'year', 'from', 'to', 'flow', 'commodity', 'source', 'reporters', 'partners', 'commodities', 'after'] as const;
/** The filters whose value is a list, bound as one array parameter. */
const LIST_FILTERS: ReadonlySet<Filter> = new Set(['reporters', 'partners', 'commodities']);
type Filter = (typeof FILTERS)[number];

/**
 * The conditions of the filters a request sets, each compared with `value(filter)`: the request's
 * value, or a placeholder in a prepared statement (`after` compares the whole key with `afterKey`).
 */
function filterConditions(has: (filter: Filter) => boolean, value: (filter: Exclude<Filter, 'after'>) => unknown, after: readonly unknown[]) {
  const v = (filter: Exclude<Filter, 'after'>) => sql`${value(filter)}`;
  return [
    has('reporter') ? eq(t.reporter, v('reporter')) : undefined,
    has('partner') ? eq(t.partner, v('partner')) : undefined,
    has('year') ? eq(t.year, v('year')) : undefined,
    has('from') ? gte(t.year, v('from')) : undefined,
    has('to') ? lte(t.year, v('to')) : undefined,
    has('flow') ? eq(t.flow, v('flow')) : undefined,
    has('commodity') ? eq(t.commodity, v('commodity')) : undefined,
    has('source') ? eq(t.sourceId, v('source')) : undefined,
    has('reporters') ? inArray(t.reporter, value('reporters') as string[]) : undefined,
    has('partners') ? inArray(t.partner, value('partners') as string[]) : undefined,
    has('commodities') ? inArray(t.commodity, value('commodities') as string[]) : undefined,
    has('after') ? afterKey(after) : undefined,
  ];
}

// The SQL of one filter set a request sets, its values numbered in FILTERS order.
const CURRENT_CONDITIONS: Record<Exclude<Filter, 'after'>, string> = {
  reporter: 'reporter = $',
  partner: 'partner = $',
  year: 'year = $',
  from: 'year >= $',
  to: 'year <= $',
  flow: 'flow = $',
  commodity: 'commodity = $',
  source: 'source_id = $',
  reporters: 'reporter = ANY($',
  partners: 'partner = ANY($',
  commodities: 'commodity = ANY($',
};
const KEY_COLUMNS = 'reporter, partner, year, flow, commodity, source_id';
const KEY_LENGTH = 6;

/**
 * A row of GET /v1/flows, current or as of a release, its reporter and partner as the caller maps
 * their codes (the service's answer form of a country): the rows become the answer's without another
 * object per row.
 */
export type FlowRow<Country = string> = {
  reporter: Country;
  partner: Country;
  year: number;
  flow: Flow;
  commodity: string;
  source: string;
  note: string | null;
  valueUsd: number;
  estimated: boolean;
  release: number;
};

// A row's columns, with the filter that fixes each one's value (an equality on it) where there is one.
const ROW_COLUMNS: readonly { key: keyof FlowRow; sql: string; fixedBy?: Exclude<Filter, 'after'> }[] = [
  { key: 'reporter', sql: 'reporter', fixedBy: 'reporter' },
  { key: 'partner', sql: 'partner', fixedBy: 'partner' },
  { key: 'year', sql: 'year', fixedBy: 'year' },
  { key: 'flow', sql: 'flow', fixedBy: 'flow' },
  { key: 'commodity', sql: 'commodity', fixedBy: 'commodity' },
  { key: 'source', sql: 'source_id', fixedBy: 'source' },
  { key: 'note', sql: 'note' },
  { key: 'valueUsd', sql: 'value_usd::float8' },
  { key: 'estimated', sql: 'estimated' },
  { key: 'release', sql: 'release_id' },
];

/**
 * The request's value of each filter, in FILTERS order. Read by name: looking each up by a variable
 * key (f[filter]) was the costliest line of the query's preparation (bench/http profiles).
 */
const filterValues = (f: FlowFilter): unknown[] => [
  f.reporter,
  f.partner,
  f.year,
  f.from,
  f.to,
  f.flow,
  f.commodity,
  f.source,
  f.reporters,
  f.partners,
  f.commodities,
  f.after,
];

/** A statement for one set of filters, and where each column of a row is: its place in a result row, or -1 for the filter's value. */
type CurrentStatement = RawStatement & { at: Record<keyof FlowRow, number> };

function currentFlowsStatement(present: ReadonlySet<Filter>, name: string): CurrentStatement {
  let n = 0;
  const conditions = FILTERS.filter((filter) => present.has(filter)).map((filter) =>
    filter === 'after'
      ? `(${KEY_COLUMNS}) > (${Array.from({ length: KEY_LENGTH }, () => `$${++n}`).join(', ')})`
      : `${CURRENT_CONDITIONS[filter]}${++n}${LIST_FILTERS.has(filter) ? '::text[])' : ''}`,
  );
  const selected = ROW_COLUMNS.filter((c) => c.fixedBy === undefined || !present.has(c.fixedBy));
  const at = Object.fromEntries(ROW_COLUMNS.map((c) => [c.key, selected.indexOf(c)])) as Record<keyof FlowRow, number>;
  return {
    name,
    text:
      `SELECT ${selected.map((c) => c.sql).join(', ')} ` +
      `FROM trade_flows ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY ${KEY_COLUMNS} LIMIT $${++n}`,
    at,
  };
}

// Current values (no asOf) are what dashboards ask for over and over: one prepared statement per
// combination of filters, run by the driver (db/raw-statement.ts). Building the query with drizzle on
// every request was a quarter of the server's CPU on GET /v1/flows, and its row mapping most of what
// was left of the query's share (bench/http). A column an equality filter fixes (a pair's reporter
// and partner) is not fetched: decoding text fields is most of what the driver spends on a row.
const currentStatements = new Map<number, CurrentStatement>();

async function currentFlows<Country>(db: Database, f: FlowFilter, countryOf: (iso3: string) => Country): Promise<FlowRow<Country>[]> {
  // The filters set name the statement (a bit each) and give its values, in FILTERS order.
  const given = filterValues(f);
  let mask = 0;
  const values: unknown[] = [];
  for (let i = 0; i < given.length; i++) {
    const value = given[i];
    if (value === undefined) continue;
    mask |= 1 << i;
    // The cursor's key is one parameter per column; a list is one array parameter.
    if (Array.isArray(value) && !LIST_FILTERS.has(FILTERS[i]!)) values.push(...(value as unknown[]));
    else values.push(value);
  }
  values.push(f.limit + 1);
  let statement = currentStatements.get(mask);
  if (!statement) currentStatements.set(mask, (statement = currentFlowsStatement(new Set(FILTERS.filter((_, i) => mask & (1 << i))), `flows_current_${mask}`)));
  const { at } = statement;
  const rows = await rawTuples(db, statement, values);
  // A country a filter fixes is mapped once.
  const reporter = f.reporter === undefined ? undefined : countryOf(f.reporter);
  const partner = f.partner === undefined ? undefined : countryOf(f.partner);
  const out = new Array<FlowRow<Country>>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    out[i] = {
      reporter: reporter ?? countryOf(r[at.reporter] as string),
      partner: partner ?? countryOf(r[at.partner] as string),
      year: (at.year < 0 ? f.year : r[at.year]) as number,
      flow: (at.flow < 0 ? f.flow : r[at.flow]) as Flow,
      commodity: (at.commodity < 0 ? f.commodity : r[at.commodity]) as string,
      source: (at.source < 0 ? f.source : r[at.source]) as string,
      note: r[at.note] as string | null,
      valueUsd: r[at.valueUsd] as number,
      estimated: r[at.estimated] as boolean,
      release: r[at.release] as number,
    };
  }
  return out;
}

/**
 * Raw observations in key order (the unique index's order, so paging is an index range scan).
 * With `asOf`, each value is the one that stood then: the oldest revision replaced by a release
 * past its source's cutoff, or the current value if none was; flows first loaded later are left out.
 */
export async function listFlows<Country>(db: Database, f: FlowFilter, countryOf: (iso3: string) => Country): Promise<FlowRow<Country>[]> {
  if (f.asOf === undefined) return currentFlows(db, f, countryOf);
  const r = tradeFlowRevisions;
  const asOf = cutoffFor(f.asOf);
  const earlier = db
    .select({ valueUsd: r.valueUsd, estimated: r.estimated, releaseId: r.releaseId })
    .from(r)
    .where(and(eq(r.flowId, t.id), gt(r.replacedByReleaseId, asOf)))
    .orderBy(asc(r.replacedByReleaseId))
    .limit(1)
    .as('earlier');
  const release = sql<number>`coalesce(${earlier.releaseId}, ${t.releaseId})`.mapWith(Number);
  const where: (SQL | undefined)[] = [
    ...filterConditions(
      (filter) => f[filter] !== undefined,
      (filter) => f[filter],
      f.after ?? [],
    ),
    lte(release, asOf),
    // Sources with nothing committed by then have no row to show: ruled out by the source index, so
    // asOf before a big source's first import does not walk that source's million rows.
    inArray(t.sourceId, [...f.asOf.keys()]),
  ];
  const rows = await db
    .select({
      ...columns,
      valueUsd: sql<number>`coalesce(${earlier.valueUsd}, ${t.valueUsd})`.mapWith(Number),
      estimated: sql<boolean>`coalesce(${earlier.estimated}, ${t.estimated})`.mapWith(Boolean),
      release,
    })
    .from(t)
    .leftJoinLateral(earlier, sql`true`)
    .where(and(...where))
    .orderBy(...keyOrder)
    .limit(f.limit + 1);
  return rows.map((r) => ({ ...r, reporter: countryOf(r.reporter), partner: countryOf(r.partner) }));
}

import { sql } from 'drizzle-orm';
import t from 'tap';
import { DEFINITIONS } from '../src/analytics/definition-texts.js';
import { DEMO_SOURCE_ID, FLOWS, OTHER_SOURCES, RELEASE_STATUSES, SOURCE_PRIORITY, YEAR_BOUNDS, sourceRank } from '../src/domain.js';
import { RowChecker } from '../src/ingest/check-row.js';
import type { StagedRow } from '../src/ingest/formats/contract.js';
import { yearSchema } from '../src/schemas/common.js';
import { FlowEnum } from '../src/schemas/flows.js';
import { ReleaseSummary } from '../src/schemas/releases.js';
import { build } from './helper.js';

/**
 * src/domain.ts is the one place the vocabulary is written. This file fails when the migrated
 * database, the zod schemas, the import's row checks or the source ranking say something else.
 */

/** A word surely in no vocabulary, to see each layer refuse what domain.ts does not list. */
const STRANGER = 'barter';

const sameSet = (actual: readonly string[], expected: readonly string[]) => [...actual].sort().join('|') === [...expected].sort().join('|');

t.test('database CHECK constraints say what domain.ts says', async (t) => {
  const app = await build(t);
  // Both drivers answer { rows }; the generic Database type does not say so.
  const result: unknown = await app.db.execute(sql`
    SELECT conname, pg_get_constraintdef(oid) AS def
    FROM pg_constraint
    WHERE contype = 'c' AND conname IN ('trade_flows_flow', 'trade_flows_year_range', 'releases_status')`);
  const { rows } = result as { rows: { conname: string; def: string }[] };
  const defs = new Map(rows.map((r) => [r.conname, r.def]));
  t.same([...defs.keys()].sort(), ['releases_status', 'trade_flows_flow', 'trade_flows_year_range'], 'all three constraints exist');

  // Postgres prints `flow IN ('a', 'b')` back as `(flow = ANY (ARRAY['a'::text, 'b'::text]))`.
  const words = (def: string | undefined) => [...(def ?? '').matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replaceAll("''", "'"));

  const flowDef = defs.get('trade_flows_flow');
  t.match(flowDef, /\bflow\b/, `trade_flows_flow is about flow: ${flowDef}`);
  t.same(words(flowDef), [...FLOWS], `trade_flows_flow lists FLOWS in order: ${flowDef}`);

  const statusDef = defs.get('releases_status');
  t.match(statusDef, /\bstatus\b/, `releases_status is about status: ${statusDef}`);
  t.same(words(statusDef), [...RELEASE_STATUSES], `releases_status lists RELEASE_STATUSES: ${statusDef}`);

  // `year BETWEEN a AND b` comes back as `((year >= a) AND (year <= b))`.
  const yearDef = defs.get('trade_flows_year_range') ?? '';
  const lower = /\byear\s*>=\s*\(?(-?\d+)/.exec(yearDef)?.[1];
  const upper = /\byear\s*<=\s*\(?(-?\d+)/.exec(yearDef)?.[1];
  t.same({ min: Number(lower), max: Number(upper) }, { ...YEAR_BOUNDS }, `trade_flows_year_range is YEAR_BOUNDS: ${yearDef}`);
  t.same(yearDef.match(/\d+/g)?.map(Number).sort(), [YEAR_BOUNDS.min, YEAR_BOUNDS.max].sort(), 'and no other number');

  t.test('and the constraints act on rows as they read', async (t) => {
    let n = 0;
    const insert = (flow: string, year: number) =>
      app.db.execute(sql`
        INSERT INTO trade_flows (reporter, partner, year, flow, commodity, value_usd, estimated, source_id, release_id)
        VALUES ('KAZ', ${`P${++n}`}, ${year}, ${flow}, 'TOTAL', 1, false, 'imf-dots', 1)`);
    const violated = async (p: Promise<unknown>) => {
      try {
        await p;
        return null;
      } catch (err) {
        return describe(err);
      }
    };
    for (const flow of FLOWS) t.equal(await violated(insert(flow, 2000)), null, `flow '${flow}' is stored`);
    t.match(await violated(insert(STRANGER, 2000)), /trade_flows_flow/, `flow '${STRANGER}' is refused`);
    t.equal(await violated(insert('export', YEAR_BOUNDS.min)), null, `year ${YEAR_BOUNDS.min} is stored`);
    t.equal(await violated(insert('export', YEAR_BOUNDS.max)), null, `year ${YEAR_BOUNDS.max} is stored`);
    t.match(await violated(insert('export', YEAR_BOUNDS.min - 1)), /trade_flows_year_range/, `year ${YEAR_BOUNDS.min - 1} is refused`);
    t.match(await violated(insert('export', YEAR_BOUNDS.max + 1)), /trade_flows_year_range/, `year ${YEAR_BOUNDS.max + 1} is refused`);

    const release = (status: string) =>
      violated(
        // A completed release has its commit position (releases_committed); the others have none.
        app.db.execute(
          sql`INSERT INTO releases (source_id, format, status, commit_seq) VALUES ('imf-dots', 'canonical', ${status}, ${status === 'completed' ? 1 : null})`,
        ),
      );
    for (const status of RELEASE_STATUSES) t.equal(await release(status), null, `release status '${status}' is stored`);
    t.match(await release(STRANGER), /releases_status/, `release status '${STRANGER}' is refused`);
  });
});

t.test('zod schemas accept exactly the domain words', async (t) => {
  t.same([...FlowEnum.options], [...FLOWS], 'FlowEnum.options are FLOWS');
  for (const flow of FLOWS) t.equal(FlowEnum.safeParse(flow).success, true, `FlowEnum accepts ${flow}`);
  t.equal(FlowEnum.safeParse(STRANGER).success, false, `FlowEnum refuses ${STRANGER}`);

  const status = ReleaseSummary.shape.status;
  t.ok(sameSet(status.options, RELEASE_STATUSES), `release status options ${status.options.join(', ')}`);
  for (const s of RELEASE_STATUSES) t.equal(status.safeParse(s).success, true, `release status accepts ${s}`);
  t.equal(status.safeParse(STRANGER).success, false, `release status refuses ${STRANGER}`);

  const year = yearSchema('test');
  t.equal(year.safeParse(YEAR_BOUNDS.min - 1).success, false, `year ${YEAR_BOUNDS.min - 1} refused`);
  t.equal(year.safeParse(YEAR_BOUNDS.min).success, true, `year ${YEAR_BOUNDS.min} accepted`);
  t.equal(year.safeParse(YEAR_BOUNDS.max).success, true, `year ${YEAR_BOUNDS.max} accepted`);
  t.equal(year.safeParse(YEAR_BOUNDS.max + 1).success, false, `year ${YEAR_BOUNDS.max + 1} refused`);
  // Query strings arrive as text.
  t.equal(year.safeParse(String(YEAR_BOUNDS.min)).success, true, 'the lower bound as text');
  t.equal(year.safeParse(String(YEAR_BOUNDS.max + 1)).success, false, 'past the upper bound as text');
});

t.test('RowChecker accepts every flow and year domain.ts allows, and nothing else', async (t) => {
  // A current year past the upper bound, so the bound (not the clock) decides.
  const checker = new RowChecker(
    [
      { iso3: 'KAZ', iso2: 'KZ', m49: 398 },
      { iso3: 'UZB', iso2: 'UZ', m49: 860 },
    ],
    YEAR_BOUNDS.max + 50,
    ['27', '2709'],
  );
  const row = (over: Partial<StagedRow>): StagedRow => ({
    line: 2,
    reporter: 'KAZ',
    partner: 'UZB',
    year: '2020',
    flow: 'export',
    commodity: 'TOTAL',
    value: '1.5',
    scale: 6,
    estimated: 'false',
    ...over,
  });
  const reason = (over: Partial<StagedRow>) => checker.check(row(over))[9];

  for (const flow of FLOWS) {
    const checked = checker.check(row({ flow }));
    t.equal(checked[9], null, `flow '${flow}' accepted`);
    t.equal(checked[4], flow, `flow '${flow}' kept as is`);
  }
  t.match(reason({ flow: STRANGER }), new RegExp(`unknown flow '${STRANGER}'`), `flow '${STRANGER}' refused`);
  t.match(reason({ flow: 'EXPORT' }), /unknown flow/, 'flows are lower case words, as stored');
  // The message lists every flow the domain has.
  const message = reason({ flow: STRANGER }) ?? '';
  for (const flow of FLOWS) t.ok(message.includes(flow), `the refusal names '${flow}'`);

  t.equal(reason({ year: String(YEAR_BOUNDS.min) }), null, `year ${YEAR_BOUNDS.min} accepted`);
  t.equal(reason({ year: String(YEAR_BOUNDS.max) }), null, `year ${YEAR_BOUNDS.max} accepted`);
  t.match(reason({ year: String(YEAR_BOUNDS.min - 1) }), /impossible year/, `year ${YEAR_BOUNDS.min - 1} refused`);
  t.match(reason({ year: '1000' }), /impossible year/, 'year 1000 refused');
  t.match(reason({ year: String(YEAR_BOUNDS.max + 1) }), /impossible year/, `year ${YEAR_BOUNDS.max + 1} refused`);

  // With today's clock, a future year is refused even inside the bounds.
  const today = new RowChecker(
    [
      { iso3: 'KAZ', iso2: 'KZ', m49: 398 },
      { iso3: 'UZB', iso2: 'UZ', m49: 860 },
    ],
    2024,
    [],
  );
  t.equal(today.check(row({ year: '2024' }))[9], null, 'the current year is accepted');
  t.match(today.check(row({ year: '2025' }))[9], /impossible year/, 'next year is refused');
});

t.test('sourceRank follows SOURCE_PRIORITY', async (t) => {
  const named = SOURCE_PRIORITY.filter((s) => s !== OTHER_SOURCES);
  t.ok(SOURCE_PRIORITY.includes(OTHER_SOURCES), 'the priority has a place for sources it does not name');
  t.equal(SOURCE_PRIORITY.at(-1), DEMO_SOURCE_ID, 'the demo article is listed last');
  t.equal(new Set(SOURCE_PRIORITY).size, SOURCE_PRIORITY.length, 'no source listed twice');

  // Listed order is rank order, strictly.
  for (let i = 1; i < SOURCE_PRIORITY.length; i++) {
    t.ok(sourceRank(SOURCE_PRIORITY[i - 1]!) < sourceRank(SOURCE_PRIORITY[i]!), `${SOURCE_PRIORITY[i - 1]} before ${SOURCE_PRIORITY[i]}`);
  }
  for (const unknown of ['acme-stats', 'zzz', 'aaa', '', 'IMF-DOTS']) {
    t.equal(sourceRank(unknown), sourceRank(OTHER_SOURCES), `'${unknown}' ranks where OTHER_SOURCES stands`);
  }
  for (const s of named) {
    if (s !== DEMO_SOURCE_ID) t.ok(sourceRank(DEMO_SOURCE_ID) > sourceRank(s), `${DEMO_SOURCE_ID} after ${s}`);
  }
  t.ok(sourceRank(DEMO_SOURCE_ID) > sourceRank('some-new-source'), `${DEMO_SOURCE_ID} after unnamed sources`);
  t.equal(Math.max(...[...SOURCE_PRIORITY, 'x'].map(sourceRank)), sourceRank(DEMO_SOURCE_ID), `${DEMO_SOURCE_ID} ranks last of all`);

  // Sorting by rank gives back the listed order.
  const shuffled = [...named].reverse();
  t.same(
    shuffled.sort((a, b) => sourceRank(a) - sourceRank(b)),
    named,
  );
});

t.test('DEFINITIONS.source names the sources in priority order', async (t) => {
  const text = DEFINITIONS.source;
  const named = SOURCE_PRIORITY.filter((s) => s !== OTHER_SOURCES);
  const positions = SOURCE_PRIORITY.map((s) => ({ s, at: s === OTHER_SOURCES ? text.indexOf('any other source') : text.indexOf(s) }));
  for (const { s, at } of positions) t.ok(at >= 0, `the definition names ${s === OTHER_SOURCES ? 'any other source' : s}`);
  for (let i = 1; i < positions.length; i++) {
    t.ok(positions[i - 1]!.at < positions[i]!.at, `${positions[i - 1]!.s} is named before ${positions[i]!.s}`);
  }
  t.match(text, new RegExp(`${DEMO_SOURCE_ID} last`), 'the demo article is said to come last');
  t.equal(named.length, SOURCE_PRIORITY.length - 1);
});

function describe(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err; e instanceof Error && parts.length < 5; e = (e as Error & { cause?: unknown }).cause) {
    parts.push(e.message, (e as Error & { constraint?: string }).constraint ?? '');
  }
  return parts.join(' | ') || String(err);
}

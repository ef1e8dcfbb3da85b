import { and, eq, gte, lte, max, or, sql } from 'drizzle-orm';
import type { Observation } from '../analytics/observations.js';
import type { Database } from '../db/client.js';
import { tradeFlows } from '../db/schema.js';

const t = tradeFlows;

const observationColumns = {
  reporter: t.reporter,
  partner: t.partner,
  year: t.year,
  flow: t.flow,
  valueUsd: t.valueUsd,
  estimated: t.estimated,
  source: t.sourceId,
};

// Hot statements are prepared once per database: unprepared builder calls ran at about half the throughput.
const prepared = new WeakMap<Database, ReturnType<typeof prepare>>();

function prepare(db: Database) {
  const a = sql.placeholder('a');
  const b = sql.placeholder('b');
  return {
    pair: db
      .select(observationColumns)
      .from(t)
      .where(and(eq(t.commodity, 'TOTAL'), or(and(eq(t.reporter, a), eq(t.partner, b)), and(eq(t.reporter, b), eq(t.partner, a)))))
      .prepare('analytics_pair'),
    country: db
      .select(observationColumns)
      .from(t)
      .where(and(eq(t.commodity, 'TOTAL'), eq(t.year, sql.placeholder('year')), or(eq(t.reporter, a), eq(t.partner, a))))
      .prepare('analytics_country'),
  };
}

const statements = (db: Database) => {
  let s = prepared.get(db);
  if (!s) prepared.set(db, (s = prepare(db)));
  return s;
};

/** Everything either side of a pair reported about the other, all years (a few hundred rows at most). */
export function pairObservations(db: Database, a: string, b: string): Promise<Observation[]> {
  return statements(db).pair.execute({ a, b });
}

/** What a country reported about every partner, and what every partner reported about it, in one year. */
export function countryObservations(db: Database, a: string, year: number): Promise<Observation[]> {
  return statements(db).country.execute({ a, year });
}

/** The latest year anyone reported trade of the country. */
export async function latestYear(db: Database, a: string): Promise<number | null> {
  const [row] = await db
    .select({ year: max(t.year) })
    .from(t)
    .where(and(eq(t.commodity, 'TOTAL'), or(eq(t.reporter, a), eq(t.partner, a))));
  return row?.year ?? null;
}

/** Observations of the given countries with anyone (either side reporting), in a year range. */
export function membersObservations(db: Database, members: string[], from: number, to: number): Promise<Observation[]> {
  const list = sql.join(members.map((m) => sql`${m}`), sql`, `);
  return db
    .select(observationColumns)
    .from(t)
    .where(and(eq(t.commodity, 'TOTAL'), gte(t.year, from), lte(t.year, to), or(sql`${t.reporter} IN (${list})`, sql`${t.partner} IN (${list})`)));
}

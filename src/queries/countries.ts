import { and, asc, eq, gt, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { countries } from '../db/schema.js';
import { rawRows, type RawStatement } from '../db/raw-statement.js';

export type CountryRecord = typeof countries.$inferSelect;

export function listAllCountries(db: Database): Promise<CountryRecord[]> {
  return db.select().from(countries).orderBy(asc(countries.iso3));
}

export type CountryFilter = {
  /** Canonical region, sub-region or intermediate-region name. */
  region?: string | undefined;
  q?: string | undefined;
  historical?: boolean | undefined;
  after?: string | undefined;
  limit: number;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function listCountries(db: Database, f: CountryFilter): Promise<CountryRecord[]> {
  const where: (SQL | undefined)[] = [];
  if (f.region !== undefined) {
    where.push(or(eq(countries.region, f.region), eq(countries.subregion, f.region), eq(countries.intermediateRegion, f.region)));
  }
  if (f.q !== undefined) {
    const pattern = `%${escapeLike(f.q)}%`;
    where.push(
      or(
        ilike(countries.name, pattern),
        eq(countries.iso3, f.q.toUpperCase()),
        eq(countries.iso2, f.q.toUpperCase()),
        sql`EXISTS (SELECT 1 FROM unnest(${countries.altNames}) AS alt(name) WHERE alt.name ILIKE ${pattern})`,
      ),
    );
  }
  if (f.historical !== undefined) where.push(eq(countries.historical, f.historical));
  if (f.after !== undefined) where.push(gt(countries.iso3, f.after));
  return db
    .select()
    .from(countries)
    .where(and(...where))
    .orderBy(asc(countries.iso3))
    .limit(f.limit + 1);
}

// On every GET /v1/countries/{code}, the cheapest answer there is: run by the driver (db/raw-statement.ts).
const MEMBERSHIPS: RawStatement = {
  name: 'memberships_of',
  text:
    'SELECT g.id, g.name, m.from_year AS "fromYear", m.to_year AS "toYear" FROM group_members m JOIN country_groups g ON g.id = m.group_id ' +
    'WHERE m.iso3 = $1 ORDER BY g.id, m.from_year',
};

export type Membership = { id: string; name: string; fromYear: number | null; toYear: number | null };

/** The groups a country belongs or belonged to, with the periods. */
export function listMembershipsOf(db: Database, iso3: string): Promise<Membership[]> {
  return rawRows<Membership>(db, MEMBERSHIPS, [iso3]);
}

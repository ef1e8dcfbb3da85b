import { and, asc, eq, gt, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { countries, countryGroups, groupMembers } from '../db/schema.js';
import { perDatabase } from '../db/per-database.js';

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

const memberships = perDatabase((db: Database) =>
  db
    .select({ id: countryGroups.id, name: countryGroups.name, fromYear: groupMembers.fromYear, toYear: groupMembers.toYear })
    .from(groupMembers)
    .innerJoin(countryGroups, eq(countryGroups.id, groupMembers.groupId))
    .where(eq(groupMembers.iso3, sql.placeholder('iso3')))
    .orderBy(asc(countryGroups.id), asc(groupMembers.fromYear))
    .prepare('memberships_of'),
);

/** The groups a country belongs or belonged to, with the periods. */
export function listMembershipsOf(db: Database, iso3: string) {
  return memberships(db).execute({ iso3 });
}

import { and, asc, countDistinct, eq, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { countries, countryGroups, groupMembers } from '../db/schema.js';

export type GroupRecord = typeof countryGroups.$inferSelect;

export function listGroups(db: Database) {
  return db
    .select({
      id: countryGroups.id,
      name: countryGroups.name,
      kind: countryGroups.kind,
      description: countryGroups.description,
      url: countryGroups.url,
      memberCount: countDistinct(groupMembers.iso3),
    })
    .from(countryGroups)
    .leftJoin(groupMembers, eq(groupMembers.groupId, countryGroups.id))
    .groupBy(countryGroups.id)
    .orderBy(asc(countryGroups.id));
}

export async function findGroup(db: Database, id: string): Promise<GroupRecord | undefined> {
  const [group] = await db.select().from(countryGroups).where(eq(countryGroups.id, id));
  return group;
}

/** Who was a member, with the period; `year` keeps only the members of that year. */
export function listGroupMembers(db: Database, groupId: string, year?: number) {
  const where: SQL[] = [eq(groupMembers.groupId, groupId)];
  if (year !== undefined) {
    where.push(or(isNull(groupMembers.fromYear), lte(groupMembers.fromYear, year))!);
    where.push(or(isNull(groupMembers.toYear), gte(groupMembers.toYear, year))!);
  }
  return db
    .select({
      iso3: countries.iso3,
      iso2: countries.iso2,
      m49: countries.m49,
      name: countries.name,
      fromYear: groupMembers.fromYear,
      toYear: groupMembers.toYear,
    })
    .from(groupMembers)
    .innerJoin(countries, eq(countries.iso3, groupMembers.iso3))
    .where(and(...where))
    .orderBy(asc(countries.iso3), asc(groupMembers.fromYear));
}

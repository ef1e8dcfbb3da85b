import { and, asc, countDistinct, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { countries, countryGroups, groupMembers } from '../db/schema.js';
import { perDatabase } from '../db/per-database.js';

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

const statements = perDatabase((db: Database) => {
  const groupId = eq(groupMembers.groupId, sql.placeholder('groupId'));
  const year = sql.placeholder('year');
  const inYear = and(or(isNull(groupMembers.fromYear), lte(groupMembers.fromYear, year)), or(isNull(groupMembers.toYear), gte(groupMembers.toYear, year)));
  const members = (where: SQL | undefined, name: string) =>
    db
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
      .where(where)
      .orderBy(asc(countries.iso3), asc(groupMembers.fromYear))
      .prepare(name);
  return {
    group: db
      .select()
      .from(countryGroups)
      .where(eq(countryGroups.id, sql.placeholder('id')))
      .prepare('find_group'),
    members: members(groupId, 'group_members'),
    membersIn: members(and(groupId, inYear), 'group_members_in_year'),
  };
});

export async function findGroup(db: Database, id: string): Promise<GroupRecord | undefined> {
  const [group] = await statements(db).group.execute({ id });
  return group;
}

/** Who was a member, with the period; `year` keeps only the members of that year. */
export function listGroupMembers(db: Database, groupId: string, year?: number) {
  const s = statements(db);
  return year === undefined ? s.members.execute({ groupId }) : s.membersIn.execute({ groupId, year });
}

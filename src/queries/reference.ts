import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { commodities, countries, countryGroups, groupMembers, sources } from '../db/schema.js';
import { DEFAULT_CLASSIFICATION } from '../domain.js';
import type { HsChapter } from '../reference/hs-chapters.js';
import type { CountryRow } from '../reference/countries.js';
import type { GroupDefinition } from '../reference/groups.js';

const excluded = (column: string) => sql.raw(`excluded.${column}`);

/**
 * Brings the reference tables to exactly what the code ships, in one transaction: safe to run at
 * every start and from several instances at once (upserts; membership replaced per group).
 */
export async function syncReferenceData(
  db: Database,
  rows: CountryRow[],
  groups: GroupDefinition[],
  knownSources: (typeof sources.$inferInsert)[],
  chapters: HsChapter[],
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(countries)
      .values(rows)
      .onConflictDoUpdate({
        target: countries.iso3,
        set: {
          iso2: excluded('iso2'),
          m49: excluded('m49'),
          name: excluded('name'),
          altNames: excluded('alt_names'),
          region: excluded('region'),
          subregion: excluded('subregion'),
          intermediateRegion: excluded('intermediate_region'),
          historical: excluded('historical'),
          note: excluded('note'),
        },
      });
    await tx
      .insert(countryGroups)
      .values(groups.map(({ members: _members, ...group }) => group))
      .onConflictDoUpdate({
        target: countryGroups.id,
        set: { name: excluded('name'), kind: excluded('kind'), description: excluded('description'), url: excluded('url') },
      });
    await tx
      .insert(sources)
      .values(knownSources)
      .onConflictDoUpdate({
        target: sources.id,
        set: {
          name: excluded('name'),
          publisher: excluded('publisher'),
          url: excluded('url'),
          license: excluded('license'),
          citation: excluded('citation'),
          notes: excluded('notes'),
        },
      });
    // The project's chapter names; an imported nomenclature's descriptions are left as they are.
    await tx
      .insert(commodities)
      .values(chapters.map((c) => ({ classification: DEFAULT_CLASSIFICATION, code: c.code, level: 2, parent: null, section: c.section, shortName: c.name })))
      .onConflictDoUpdate({ target: [commodities.classification, commodities.code], set: { shortName: excluded('short_name') } });
    await tx.delete(groupMembers).where(
      inArray(
        groupMembers.groupId,
        groups.map((g) => g.id),
      ),
    );
    await tx.insert(groupMembers).values(groups.flatMap((g) => g.members.map((m) => ({ groupId: g.id, ...m }))));
  });
}

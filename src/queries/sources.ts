import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { releases, sources } from '../db/schema.js';
import { perDatabase } from '../db/per-database.js';

export function listSources(db: Database) {
  return db
    .select({
      id: sources.id,
      name: sources.name,
      publisher: sources.publisher,
      url: sources.url,
      license: sources.license,
      citation: sources.citation,
      notes: sources.notes,
      releaseCount: count(releases.id),
    })
    .from(sources)
    .leftJoin(releases, and(eq(releases.sourceId, sources.id), eq(releases.status, 'completed')))
    .groupBy(sources.id)
    .orderBy(asc(sources.id));
}

const findSource = perDatabase((db: Database) =>
  db
    .select({ id: sources.id })
    .from(sources)
    .where(eq(sources.id, sql.placeholder('id')))
    .prepare('source_exists'),
);

export async function sourceExists(db: Database, id: string): Promise<boolean> {
  return (await findSource(db).execute({ id })).length > 0;
}

import { and, desc, eq, lt, lte, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { releases } from '../db/schema.js';

const summaryColumns = {
  id: releases.id,
  source: releases.sourceId,
  format: releases.format,
  fileName: releases.fileName,
  sha256: releases.sha256,
  status: releases.status,
  rowsRead: releases.rowsRead,
  inserted: releases.inserted,
  updated: releases.updated,
  unchanged: releases.unchanged,
  rejected: releases.rejected,
  startedAt: releases.startedAt,
  finishedAt: releases.finishedAt,
};

/** Newest first; `before` is the id of the last release of the previous page. */
export function listReleases(db: Database, f: { source?: string | undefined; before?: number | undefined; limit: number }) {
  const where: (SQL | undefined)[] = [
    f.source === undefined ? undefined : eq(releases.sourceId, f.source),
    f.before === undefined ? undefined : lt(releases.id, f.before),
  ];
  return db
    .select(summaryColumns)
    .from(releases)
    .where(and(...where))
    .orderBy(desc(releases.id))
    .limit(f.limit + 1);
}

export async function findRelease(db: Database, id: number) {
  const [row] = await db
    .select({ ...summaryColumns, rejectedSamples: releases.rejectedSamples, notes: releases.notes })
    .from(releases)
    .where(eq(releases.id, id));
  return row;
}

/** The newest completed release finished at or before `at`: what "as of that moment" means. */
export async function lastReleaseAt(db: Database, at: Date): Promise<number | null> {
  const [row] = await db
    .select({ id: releases.id })
    .from(releases)
    .where(and(eq(releases.status, 'completed'), lte(releases.finishedAt, at)))
    // The release finished last by then, whatever order the imports started in.
    .orderBy(desc(releases.finishedAt), desc(releases.id))
    .limit(1);
  return row?.id ?? null;
}

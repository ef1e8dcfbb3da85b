import { and, desc, eq, lt, lte, max, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { apiKeys, releases } from '../db/schema.js';

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
  failureReason: releases.failureReason,
  // A nested object from a left join: null when no key made the release.
  apiKey: { id: apiKeys.id, name: apiKeys.name },
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
    .leftJoin(apiKeys, eq(apiKeys.id, releases.apiKeyId))
    .where(and(...where))
    .orderBy(desc(releases.id))
    .limit(f.limit + 1);
}

export async function findRelease(db: Database, id: number) {
  const [row] = await db
    .select({ ...summaryColumns, rejectedSamples: releases.rejectedSamples, notes: releases.notes })
    .from(releases)
    .leftJoin(apiKeys, eq(apiKeys.id, releases.apiKeyId))
    .where(eq(releases.id, id));
  return row;
}

/** Per source, the last release id committed at or before a point: a release's commit, or a moment. */
export type AsOfCutoffs = Map<string, number>;

export async function releasesCommittedBy(db: Database, point: { release: number } | { at: Date }): Promise<AsOfCutoffs> {
  const bound =
    'release' in point
      ? lte(releases.commitSeq, sql`(SELECT commit_seq FROM releases WHERE id = ${point.release})`)
      : // finished_at is set under the commit-order lock, so it orders as commit_seq does.
        lte(releases.finishedAt, point.at);
  const rows = await db
    .select({ source: releases.sourceId, last: max(releases.id) })
    .from(releases)
    .where(and(eq(releases.status, 'completed'), bound))
    .groupBy(releases.sourceId);
  return new Map(rows.map((r) => [r.source, r.last!]));
}

/**
 * What changes whenever any answer may: the last commit position (data) and the last release id
 * (a failed import is listed under /v1/releases too).
 */
export async function releaseVersion(db: Database): Promise<string> {
  const [row] = await db.select({ committed: max(releases.commitSeq), last: max(releases.id) }).from(releases);
  return `${row?.committed ?? 0}.${row?.last ?? 0}`;
}

import { ALL_GOODS } from '../domain.js';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { releases, sources, tradeFlows } from '../db/schema.js';
import type { DemoFlow } from '../reference/demo-article.js';
import { COMMIT_ORDER_LOCK } from '../ingest/sql.js';

type SourceRow = typeof sources.$inferInsert;

/** True when no release of any source exists: a database nobody has loaded anything into. */
export async function hasNoReleases(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(releases);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo observations as one completed release of their own source. Idempotent: once the
 * source has any release, nothing is written again. Returns the release id, or null if skipped.
 */
export async function loadDemoFlows(db: Database, source: SourceRow, flows: DemoFlow[]): Promise<number | null> {
  return db.transaction(async (tx) => {
    await tx.insert(sources).values(source).onConflictDoNothing();
    const existing = await tx.select({ id: releases.id }).from(releases).where(eq(releases.sourceId, source.id)).limit(1);
    if (existing.length > 0) return null;
    await tx.execute(sql.raw(COMMIT_ORDER_LOCK));
    const [release] = await tx
      .insert(releases)
      .values({
        sourceId: source.id,
        format: 'demo',
        fileName: null,
        status: 'completed',
        rowsRead: flows.length,
        inserted: flows.length,
        finishedAt: new Date(),
        commitSeq: sql`(SELECT coalesce(max(commit_seq), 0) + 1 FROM releases)`,
      })
      .returning({ id: releases.id });
    const releaseId = release!.id;
    await tx.insert(tradeFlows).values(flows.map((f) => ({ ...f, commodity: ALL_GOODS, sourceId: source.id, releaseId })));
    return releaseId;
  });
}

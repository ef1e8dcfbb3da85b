import type { Readable } from 'node:stream';
import type { Database, DatabaseHandle } from '../db/client.js';
import { importFlows, type ImportOptions } from '../ingest/import.js';
import type { RejectedRow } from '../ingest/copy-encoder.js';
import { decodeCursor, paginate } from './pages.js';
import { findRelease, listReleases } from '../queries/releases.js';
import type { ReleaseListQuery } from '../schemas/releases.js';
import { requireRelease } from './lookups.js';

type ReleaseRecord = NonNullable<Awaited<ReturnType<typeof findRelease>>>;

/** A release as responses give it: timestamps as ISO 8601 strings. */
export function serializeRelease<T extends { startedAt: Date; finishedAt: Date | null }>(r: T) {
  return { ...r, startedAt: r.startedAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null };
}

const withSamples = (r: ReleaseRecord, samples: RejectedRow[]) => serializeRelease({ ...r, rejectedSamples: samples });

/** One release by id (GET /v1/releases/{id}), or a 404 problem. */
export async function releaseById(db: Database, id: number) {
  const release = await requireRelease(db, id, { in: 'path', name: 'id' });
  return withSamples(release, release.rejectedSamples as RejectedRow[]);
}

/** Imports a file (POST /v1/imports) and answers the release it made. */
export async function importRelease(handle: DatabaseHandle, body: Readable, opts: Omit<ImportOptions, 'onProgress'>) {
  const summary = await importFlows(handle, body, opts);
  return withSamples((await findRelease(handle.db, summary.release))!, summary.rejectedSamples);
}

const isIdKey = (v: unknown): v is [number] => Array.isArray(v) && v.length === 1 && Number.isInteger(v[0]);

/** GET /v1/releases: one page of imports, newest first. */
export async function releasePage(db: Database, q: ReleaseListQuery) {
  const before = decodeCursor(q.cursor, isIdKey)?.[0];
  const { data, page } = paginate(await listReleases(db, { source: q.source, before, limit: q.limit }), q.limit, (r) => [r.id]);
  return { data: data.map(serializeRelease), page };
}

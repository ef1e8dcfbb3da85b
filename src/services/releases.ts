import type { Readable } from 'node:stream';
import type { Database, DatabaseHandle } from '../db/client.js';
import { importFlows, type ImportOptions } from '../ingest/import.js';
import type { RejectedRow } from '../ingest/copy-encoder.js';
import { findRelease } from '../queries/releases.js';
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

import type { Readable } from 'node:stream';
import type { Database, DatabaseHandle } from '../db/client.js';
import { importFlows, type ImportOptions } from '../ingest/import.js';
import type { RejectedRow } from '../ingest/copy-encoder.js';
import { ProblemError } from '../problem.js';
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

/**
 * The imports an app is running, so that its shutdown can stop them. An import may run for minutes,
 * longer than any grace period, so it is not waited for: it is aborted, which rolls it back, records
 * it as failed and answers its client 503.
 */
export class ImportsInFlight {
  readonly #running = new Map<AbortController, Promise<unknown>>();
  #stopped: ProblemError | null = null;

  /** Runs `work` with a signal that shutDown() aborts; after shutDown(), aborted from the start. */
  run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    if (this.#stopped) controller.abort(this.#stopped);
    const running = work(controller.signal).finally(() => this.#running.delete(controller));
    this.#running.set(controller, running);
    return running;
  }

  /** Aborts every running import, and any started later; resolves once each has rolled back and recorded its failure. */
  async shutDown(): Promise<void> {
    this.#stopped = new ProblemError(
      'unavailable',
      'The server is shutting down: this import was stopped and rolled back, nothing was written. Send it again in a moment; another instance, or this one restarted, will take it.',
    );
    for (const controller of this.#running.keys()) controller.abort(this.#stopped);
    await Promise.allSettled(this.#running.values());
  }
}

const isIdKey = (v: unknown): v is [number] => Array.isArray(v) && v.length === 1 && Number.isInteger(v[0]);

/** GET /v1/releases: one page of imports, newest first. */
export async function releasePage(db: Database, q: ReleaseListQuery) {
  const before = decodeCursor(q.cursor, isIdKey)?.[0];
  const { data, page } = paginate(await listReleases(db, { source: q.source, before, limit: q.limit }), q.limit, (r) => [r.id]);
  return { data: data.map(serializeRelease), page };
}

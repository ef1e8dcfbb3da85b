import { createReadStream } from 'node:fs';
import type { Readable, Stream } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { DatabaseHandle } from '../db/client.js';
import { RowChecker, type CountryCode } from './check-row.js';
import type { FormatName } from './formats/index.js';
import { ByteMeter, RowEncoder, csvRecords, type Progress, type RejectedRow, type RowOutput } from './copy-encoder.js';
import { inIngestTransaction, type IngestSession } from './session.js';
import { spoolInput, type Spool } from './spool.js';
import { FileFormatError } from './formats/contract.js';
import { DEFAULT_IMPORT_LIMITS, DecodedInputGuard, type ImportLimits } from './limits.js';
import { MAX_REASON_CHARS, boundedReason } from './reason.js';
import * as q from './sql.js';
import { ProblemError, invalidParameter, unknownValue } from '../problem.js';
import { DEFAULT_CLASSIFICATION, NOMENCLATURE_SOURCE } from '../domain.js';

export type { RejectedRow } from './copy-encoder.js';

export type OnError = 'abort' | 'skip';

export type ImportOptions = {
  format: FormatName;
  source: string;
  onError: OnError;
  fileName: string | null;
  onProgress?: (progress: Progress) => void;
  /** DEFAULT_IMPORT_LIMITS unless the configuration says otherwise. */
  limits?: ImportLimits;
  /** The API key that asked for the import (POST /v1/imports); null from the CLI. */
  apiKeyId?: number | null;
  /**
   * Aborting it (a server shutting down) stops the import wherever it is, rolls it back and records
   * it as failed; the import then throws the signal's reason.
   */
  signal?: AbortSignal;
};

export type ImportSummary = {
  release: number;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejectedSamples: RejectedRow[];
  sha256: string;
};

/** Some rows were invalid and the import was asked to abort: nothing was written. */
export class ImportRejectedError extends ProblemError {
  constructor(
    readonly rejected: number,
    readonly samples: RejectedRow[],
  ) {
    const listed = rejected > samples.length ? `the first ${samples.length} are listed` : 'each is listed';
    super('rejectedRows', `${rejected} row(s) rejected; nothing was imported (onError=skip loads the good rows); ${listed}.`, {
      errors: samples.map((s) => ({ in: 'body' as const, name: `line ${s.line}`, message: s.reason })),
      rejected,
    });
    this.name = 'ImportRejectedError';
  }
}

const PROGRESS_INTERVAL_MS = 1000;
// Smaller imports leave the statistics about right; autovacuum analyses them in its own time.
const ANALYZE_AFTER_ROWS = 10_000;
const UNIQUE_VIOLATION = '23505';

type Context = {
  s: IngestSession;
  spool: Spool;
  checker: RowChecker;
  release: number;
  opts: ImportOptions;
  limits: ImportLimits;
};

/** Streams the spooled file through parsing and row checks into a COPY of `table`. */
async function copyRows(ctx: Context, table: string, columns: readonly string[], output: RowOutput): Promise<RowEncoder> {
  const meter = new ByteMeter();
  const encoder = new RowEncoder(ctx.opts.format, ctx.checker, output, ctx.limits);
  const report = () => ctx.opts.onProgress?.({ bytesRead: meter.bytes, totalBytes: ctx.spool.bytes, rows: encoder.rows });
  const timer = setInterval(report, PROGRESS_INTERVAL_MS);
  try {
    const guard = new DecodedInputGuard(ctx.limits, ctx.opts.format, ctx.spool.gzip ? () => meter.bytes : null);
    const stages: Stream[] = [createReadStream(ctx.spool.path), meter, ...(ctx.spool.gzip ? [createGunzip()] : []), guard, csvRecords(), encoder];
    await ctx.s.copy(table, columns, stages).catch((error: Error & { code?: string }) => {
      // zlib's errors (Z_DATA_ERROR, Z_BUF_ERROR...) mean the file is not valid gzip, not that the database failed.
      throw error.code?.startsWith('Z_') ? new FileFormatError(ctx.opts.format, `not a valid gzip file: ${error.message}`) : error;
    });
  } finally {
    clearInterval(timer);
  }
  report();
  return encoder;
}

/**
 * The general path: COPY into a staging table, duplicates found in SQL, then one merge that keeps
 * every replaced value as a revision.
 */
async function stagedImport(ctx: Context, firstImport: boolean) {
  const { s, opts, release } = ctx;
  await s.query(q.CREATE_STAGING);
  const encoder = await copyRows(ctx, 'staging_flows', q.STAGING_COLUMNS, { kind: 'staging' });
  const rejected = encoder.rejected + (await s.execute(q.REJECT_DUPLICATES));
  const samples = rejected > 0 ? await s.query<RejectedRow>(q.REJECTED_SAMPLES, [ctx.limits.rejectedSamples, MAX_REASON_CHARS]) : [];
  if (rejected > 0 && opts.onError === 'abort') throw new ImportRejectedError(rejected, samples);
  const written = firstImport
    ? { inserted: await s.execute(q.INSERT_NEW, [opts.source, release]), updated: 0 }
    : (await s.query<{ inserted: number; updated: number }>(q.MERGE, [opts.source, release]))[0]!;
  return { rows: encoder.rows, rejected, samples, ...written };
}

/**
 * A source's first import has nothing to merge with: rows go by COPY straight into trade_flows,
 * as fast as Postgres can index them. A key twice in the file trips the unique index; then the
 * import starts over on the staged path, which names the duplicate lines.
 */
async function firstImport(ctx: Context) {
  const { s, opts, release } = ctx;
  await s.query('SAVEPOINT direct_copy');
  try {
    const encoder = await copyRows(ctx, 'trade_flows', q.FLOW_COLUMNS, { kind: 'flows', source: opts.source, release });
    if (encoder.rejected > 0 && opts.onError === 'abort') throw new ImportRejectedError(encoder.rejected, encoder.samples);
    return { rows: encoder.rows, rejected: encoder.rejected, samples: encoder.samples, inserted: encoder.rows - encoder.rejected, updated: 0 };
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    await s.query('ROLLBACK TO SAVEPOINT direct_copy');
    return stagedImport(ctx, true);
  }
}

/**
 * Imports a file into trade_flows as one release, in one transaction: rows are checked as they
 * stream (codes, years, numbers), duplicates and merges are done in SQL. On any failure (bad rows
 * in abort mode, a broken file, a lost connection, a killed process) the transaction never
 * commits and the database is as it was.
 */
export async function importFlows(handle: DatabaseHandle, source: Readable, opts: ImportOptions): Promise<ImportSummary> {
  const limits = opts.limits ?? DEFAULT_IMPORT_LIMITS;
  const startedAt = new Date();
  let spool: Spool | undefined;
  let summary: ImportSummary;
  try {
    spool = await spoolInput(source, limits.uploadBytes, opts.signal);
    summary = await importSpooled(handle, spool, opts, limits);
  } catch (error) {
    // Whatever an abort broke first (a stream, a cancelled statement), the abort is the cause.
    const cause: unknown = opts.signal?.aborted ? opts.signal.reason : error;
    await recordFailure(handle, opts, spool?.sha256 ?? null, startedAt, cause);
    throw cause;
  } finally {
    await spool?.remove();
  }
  // Committed: from here nothing may turn the import into a failure. Fresh statistics only help.
  if (summary.inserted + summary.updated >= ANALYZE_AFTER_ROWS) {
    await inIngestTransaction(handle, async (s) => {
      await s.query(q.NO_STATEMENT_TIMEOUT);
      await s.query(q.ANALYZE_LOCK_TIMEOUT);
      await s.query(q.ANALYZE_FLOWS);
    }).catch(() => {});
  }
  return summary;
}

async function importSpooled(handle: DatabaseHandle, spool: Spool, opts: ImportOptions, limits: ImportLimits): Promise<ImportSummary> {
  return inIngestTransaction(
    handle,
    async (s) => {
      await s.query(q.NO_STATEMENT_TIMEOUT);
      await s.query(q.LOCK_SOURCE, [opts.source]);
      const known = (await s.query<{ id: string }>(q.SOURCE_IDS)).map((r) => r.id).filter((id) => id !== NOMENCLATURE_SOURCE);
      if (opts.source === NOMENCLATURE_SOURCE)
        throw invalidParameter(
          'query',
          'source',
          `${NOMENCLATURE_SOURCE} holds the product code list, not trade figures; import a nomenclature with format hs-nomenclature`,
        );
      if (!known.includes(opts.source)) throw unknownValue('unknownSource', { in: 'query', name: 'source' }, opts.source, { values: known });
      const [{ year }] = (await s.query<{ year: number }>(q.CURRENT_YEAR)) as [{ year: number }];
      const commodities = (await s.query<{ code: string }>(q.COMMODITY_CODES, [DEFAULT_CLASSIFICATION])).map((r) => r.code);
      const checker = new RowChecker(await s.query<CountryCode>(q.COUNTRY_CODES), year, commodities);
      const [existing] = await s.query<{ present: boolean }>(q.SOURCE_HAS_FLOWS, [opts.source]);
      const [created] = await s.query<{ id: number }>(q.INSERT_RELEASE, [opts.source, opts.format, opts.fileName, spool.sha256, opts.apiKeyId ?? null]);
      const ctx: Context = { s, spool, checker, release: created!.id, opts, limits };

      const result = existing!.present ? await stagedImport(ctx, false) : await firstImport(ctx);
      const unchanged = result.rows - result.rejected - result.inserted - result.updated;
      await s.query(q.COMMIT_ORDER_LOCK);
      await s.query(q.COMPLETE_RELEASE, [
        ctx.release,
        result.rows,
        result.inserted,
        result.updated,
        unchanged,
        result.rejected,
        JSON.stringify(result.samples),
      ]);
      return {
        release: ctx.release,
        rowsRead: result.rows,
        inserted: result.inserted,
        updated: result.updated,
        unchanged,
        rejected: result.rejected,
        rejectedSamples: result.samples,
        sha256: spool.sha256,
      };
    },
    opts.signal,
  );
}

/**
 * Keeps a failed import on record with the reason its answer gave. A fault of ours is recorded
 * without its internals, as the answer is. The database may be what failed: then nothing can be
 * recorded, and the error that matters is the import's own.
 */
async function recordFailure(handle: DatabaseHandle, opts: ImportOptions, sha256: string | null, startedAt: Date, error: unknown): Promise<void> {
  const reason = boundedReason(error instanceof ProblemError ? error.message : 'the import failed on the server side; the log has the details');
  await inIngestTransaction(handle, (s) =>
    s.query(q.RECORD_FAILURE, [opts.source, opts.format, opts.fileName, sha256, reason, opts.apiKeyId ?? null, startedAt]),
  ).catch(() => {});
}

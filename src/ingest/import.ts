import { PassThrough, type Readable } from 'node:stream';
import type { DatabaseHandle } from '../db/client.js';
import { RowChecker, type CountryCode } from './check-row.js';
import { FORMATS, type FormatName } from './formats/index.js';
import { MeteredInput, StagingEncoder, csvRecords, decodeInput, type Progress } from './input.js';
import { inIngestTransaction, type IngestSession } from './session.js';
import * as q from './sql.js';

export const MAX_REJECTED_SAMPLES = 100;

export type OnError = 'abort' | 'skip';

export type ImportOptions = {
  format: FormatName;
  source: string;
  onError: OnError;
  fileName: string | null;
  /** Size of the input in bytes, when known, for progress and ETA. */
  totalBytes?: number | null;
  onProgress?: (progress: Progress) => void;
};

export type RejectedRow = { line: number; reason: string };

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
export class ImportRejectedError extends Error {
  constructor(
    readonly rejected: number,
    readonly samples: RejectedRow[],
  ) {
    const listed = samples.map((s) => `  line ${s.line}: ${s.reason}`).join('\n');
    const more = rejected > samples.length ? `\n  ... and ${rejected - samples.length} more` : '';
    super(`${rejected} row(s) rejected; nothing was imported (skip mode loads the good rows):\n${listed}${more}`);
    this.name = 'ImportRejectedError';
  }
}

export class UnknownSourceError extends Error {
  constructor(readonly source: string) {
    super(`unknown source '${source}'`);
    this.name = 'UnknownSourceError';
  }
}

const PROGRESS_INTERVAL_MS = 1000;
const UNIQUE_VIOLATION = '23505';

/** Inserts the staged rows; on a first import, a duplicate key in the file surfaces as a unique violation. */
async function writeFlows(s: IngestSession, source: string, release: number, firstImport: boolean) {
  if (!firstImport) {
    const [merged] = await s.query<{ inserted: number; updated: number }>(q.MERGE, [source, release]);
    return merged!;
  }
  return { inserted: await s.execute(q.INSERT_NEW, [source, release]), updated: 0 };
}

/**
 * Streams a file into trade_flows in one transaction: each row checked as it is parsed and COPYed
 * into a staging table, duplicates found in SQL, then one insert or merge. On any failure (bad rows
 * in abort mode, a broken file, a lost connection, a killed process) the transaction never
 * commits and the database is as it was.
 */
export async function importFlows(handle: DatabaseHandle, source: Readable, opts: ImportOptions): Promise<ImportSummary> {
  const input = new MeteredInput(source);
  return inIngestTransaction(handle, async (s) => {
    await s.query(q.LOCK_SOURCE, [opts.source]);
    const [known] = await s.query<{ present: boolean }>(q.SOURCE_EXISTS, [opts.source]);
    if (!known!.present) throw new UnknownSourceError(opts.source);
    const [{ year }] = (await s.query<{ year: number }>(q.CURRENT_YEAR)) as [{ year: number }];
    const checker = new RowChecker(await s.query<CountryCode>(q.COUNTRY_CODES), year);

    await s.query(q.CREATE_STAGING);
    const encoder = new StagingEncoder(FORMATS[opts.format], checker);
    const timer = setInterval(() => opts.onProgress?.({ bytesRead: input.bytesRead, totalBytes: opts.totalBytes ?? null, rows: encoder.rows }), PROGRESS_INTERVAL_MS);
    try {
      const staged = input.stream.pipe(decodeInput()).pipe(csvRecords()).pipe(encoder);
      // Errors of any stage (a bad gzip, a malformed CSV) fail the COPY, and with it the transaction.
      const copySource = new PassThrough();
      for (const stage of [input.stream, staged]) stage.on('error', (error) => copySource.destroy(error));
      await s.copy('staging_flows', q.STAGING_COLUMNS, staged.pipe(copySource));
    } finally {
      clearInterval(timer);
    }
    opts.onProgress?.({ bytesRead: input.bytesRead, totalBytes: opts.totalBytes ?? null, rows: encoder.rows });

    const [existing] = await s.query<{ present: boolean }>(q.SOURCE_HAS_FLOWS, [opts.source]);
    const firstImport = !existing!.present;
    let rejected = encoder.rejected;
    // A first import finds duplicates through the unique index, for free; otherwise they are looked for.
    if (!firstImport || rejected > 0) rejected += await s.execute(q.REJECT_DUPLICATES);
    const samples = () => s.query<RejectedRow>(q.REJECTED_SAMPLES, [MAX_REJECTED_SAMPLES]);
    if (rejected > 0 && opts.onError === 'abort') throw new ImportRejectedError(rejected, await samples());

    const [release] = await s.query<{ id: number }>(q.INSERT_RELEASE, [opts.source, opts.format, opts.fileName, input.sha256()]);
    const releaseId = release!.id;
    await s.query('SAVEPOINT write_flows');
    let written: { inserted: number; updated: number };
    try {
      written = await writeFlows(s, opts.source, releaseId, firstImport);
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await s.query('ROLLBACK TO SAVEPOINT write_flows');
      const duplicates = await s.execute(q.REJECT_DUPLICATES);
      if (duplicates === 0) throw error;
      rejected += duplicates;
      if (opts.onError === 'abort') throw new ImportRejectedError(rejected, await samples());
      written = await writeFlows(s, opts.source, releaseId, firstImport);
    }
    const rows = encoder.rows;
    const unchanged = rows - rejected - written.inserted - written.updated;
    const rejectedSamples = rejected > 0 ? await samples() : [];
    await s.query(q.COMPLETE_RELEASE, [releaseId, rows, written.inserted, written.updated, unchanged, rejected, JSON.stringify(rejectedSamples)]);
    return { release: releaseId, rowsRead: rows, ...written, unchanged, rejected, rejectedSamples, sha256: input.sha256() };
  });
}

import type { Readable } from 'node:stream';
import type { DatabaseHandle } from '../db/client.js';
import { FORMATS, type FormatName } from './formats/index.js';
import { MeteredInput, stagedRows, type Progress } from './input.js';
import { inIngestTransaction } from './session.js';
import * as q from './sql.js';
import { STAGING_COLUMNS } from './sql.js';

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
    super(`${rejected} row(s) rejected; nothing was imported (use on-error=skip to load the good rows):\n${listed}${more}`);
    this.name = 'ImportRejectedError';
  }
}

const PROGRESS_EVERY_RECORDS = 20_000;

/**
 * Streams a file into trade_flows in one transaction: COPY into a staging table, check every row in
 * SQL, then one merge. On failure (bad rows in abort mode, a broken file, a lost connection or a
 * killed process) the transaction never commits and the database is as it was.
 */
export async function importFlows(handle: DatabaseHandle, source: Readable, opts: ImportOptions): Promise<ImportSummary> {
  const input = new MeteredInput(source);
  const parser = FORMATS[opts.format];
  let records = 0;
  let staged = 0;
  const report = () => opts.onProgress?.({ bytesRead: input.bytesRead, totalBytes: opts.totalBytes ?? null, rows: staged });
  const asStagingRows = async function* () {
    const onRecord = () => {
      if (++records % PROGRESS_EVERY_RECORDS === 0) report();
    };
    for await (const r of stagedRows(input.stream, parser, onRecord)) {
      staged++;
      yield [r.line, r.reporter, r.partner, r.year, r.flow, r.commodity, r.value, r.scale, r.estimated];
    }
    report();
  };

  return inIngestTransaction(handle, async (s) => {
    await s.query(q.CREATE_STAGING);
    await s.copy('staging_flows', STAGING_COLUMNS, asStagingRows());
    await s.query(q.CHECK_STAGED);
    await s.query(q.REJECT_DUPLICATES);
    const [counts] = await s.query<{ rows: number; rejected: number }>(q.COUNT_CHECKED);
    const { rows, rejected } = counts!;
    const samples = rejected > 0 ? await s.query<RejectedRow>(q.REJECTED_SAMPLES, [MAX_REJECTED_SAMPLES]) : [];
    if (rejected > 0 && opts.onError === 'abort') throw new ImportRejectedError(rejected, samples);

    const sha256 = input.sha256();
    const [release] = await s.query<{ id: number }>(q.INSERT_RELEASE, [opts.source, opts.format, opts.fileName, sha256]);
    const [merged] = await s.query<{ inserted: number; updated: number }>(q.MERGE, [opts.source, release!.id]);
    const { inserted, updated } = merged!;
    const unchanged = rows - rejected - inserted - updated;
    await s.query(q.COMPLETE_RELEASE, [release!.id, rows, inserted, updated, unchanged, rejected, JSON.stringify(samples)]);
    return { release: release!.id, rowsRead: rows, inserted, updated, unchanged, rejected, rejectedSamples: samples, sha256 };
  });
}

import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { DatabaseHandle } from '../db/client.js';
import type { FormatName } from '../ingest/formats/index.js';
import { importFlows, type ImportSummary, type OnError } from '../ingest/import.js';
import type { Progress } from '../ingest/copy-encoder.js';
import { importNomenclature, type NomenclatureSummary } from '../ingest/nomenclature.js';
import type { ImportLimits } from '../ingest/limits.js';
import type { CliIo } from './run.js';

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/** A bar with rows/s and ETA on a terminal; a plain line a second in logs and CI. */
function progressReporter(started: number, stderr: CliIo['stderr']) {
  const rate = (p: Progress) => Math.round(p.rows / Math.max((Date.now() - started) / 1000, 0.001));
  if (!stderr.isTTY) {
    return {
      update: (p: Progress) =>
        stderr.write(
          `read ${mb(p.bytesRead)}${p.totalBytes ? ` of ${mb(p.totalBytes)}` : ''}, ${p.rows.toLocaleString('en')} rows, ${rate(p).toLocaleString('en')} rows/s\n`,
        ),
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: '{bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}', stream: stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let startedBar = false;
  return {
    update(p: Progress) {
      const payload = { rows: p.rows.toLocaleString('en'), rate: rate(p).toLocaleString('en') };
      if (!startedBar) bar.start(p.totalBytes ?? 0, p.bytesRead, payload);
      startedBar = true;
      bar.update(p.bytesRead, payload);
    },
    stop: () => bar.stop(),
  };
}

export type ImportCommandOptions = { format: FormatName; source: string; onError: OnError; limits: ImportLimits };

/** `cli import <file|->`: streams the file (or standard input) through the import and prints the summary. */
export async function importFile(handle: DatabaseHandle, file: string, opts: ImportCommandOptions, io: CliIo): Promise<ImportSummary> {
  const fromStdin = file === '-';
  const started = Date.now();
  const progress = progressReporter(started, io.stderr);
  const out = (line: string) => io.stdout.write(`${line}\n`);
  // The bar stops before anything else is printed, whether the import succeeded or not.
  const summary = await importFlows(handle, fromStdin ? io.stdin : createReadStream(file), {
    ...opts,
    fileName: fromStdin ? null : basename(file),
    onProgress: (p) => progress.update(p),
  }).finally(() => progress.stop());
  const seconds = (Date.now() - started) / 1000;
  out(
    `release ${summary.release}: ${summary.rowsRead.toLocaleString('en')} rows read in ${seconds.toFixed(1)} s ` +
      `(${Math.round(summary.rowsRead / seconds).toLocaleString('en')} rows/s): ${summary.inserted} inserted, ${summary.updated} updated, ` +
      `${summary.unchanged} unchanged, ${summary.rejected} rejected`,
  );
  for (const r of summary.rejectedSamples) out(`  rejected line ${r.line}: ${r.reason}`);
  return summary;
}

/** `cli import <file|-> --format hs-nomenclature`: the product code list, then a one-line summary. */
export async function importNomenclatureFile(handle: DatabaseHandle, file: string, onError: OnError, io: CliIo): Promise<NomenclatureSummary> {
  const fromStdin = file === '-';
  const summary = await importNomenclature(handle, fromStdin ? io.stdin : createReadStream(file), onError, fromStdin ? null : basename(file));
  io.stdout.write(
    `release ${summary.release}: ${summary.classification} nomenclature, ${summary.rowsRead.toLocaleString('en')} rows read: ${summary.inserted} codes inserted, ` +
      `${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} rejected` +
      `${summary.allGoodsRows > 0 ? `; ${summary.allGoodsRows} row(s) for all goods (TOTAL) not stored, as TOTAL is no product` : ''}\n`,
  );
  for (const r of summary.rejectedSamples) io.stdout.write(`  rejected line ${r.line}: ${r.reason}\n`);
  return summary;
}

import { Transform, type TransformCallback } from 'node:stream';
import { ProblemError } from '../problem.js';
import { FileFormatError } from './formats/contract.js';

/** What one import may send and contain; config.ts reads each from the environment. */
export type ImportLimits = {
  /** Bytes of the file as uploaded (compressed or not). */
  uploadBytes: number;
  /** Bytes of CSV after gzip is undone. */
  decompressedBytes: number;
  /** Decompressed bytes per compressed byte, judged once RATIO_GRACE_BYTES are out. */
  compressionRatio: number;
  /** Bytes of one record: a newline outside quotes ends it. */
  lineBytes: number;
  /** Characters in one field; a longer field rejects its row. */
  fieldChars: number;
  /** Rejected rows listed in the answer and kept with the release. */
  rejectedSamples: number;
};

/**
 * Why these: the IMF 2000-2020 file, the largest real one we know, is 6.6 MB of gzip and 21 MB of CSV
 * (ratio 3.1) with lines under 200 bytes; a full UN Comtrade HS6 year is a few GB of CSV. So 1 GiB
 * uploaded and 16 GiB decompressed admit every real file with room, while a ratio of 100 (CSV rarely
 * compresses beyond 20:1; a gzip bomb reaches 1000:1) refuses bombs early. A line of 1 MiB is 5,000
 * times a real one: it bounds what the CSV parser buffers when a file has no newline at all.
 * Fields: 4,096 characters holds any code, number or product description. 100 samples show a
 * file's kinds of error without making the answer a second copy of the file.
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  uploadBytes: 1024 ** 3,
  decompressedBytes: 16 * 1024 ** 3,
  compressionRatio: 100,
  lineBytes: 1024 ** 2,
  fieldChars: 4096,
  rejectedSamples: 100,
};

// A small file may compress far better than a big one (a header and one repeated row); the ratio
// only means something once a real amount of data is out.
const RATIO_GRACE_BYTES = 4 * 1024 ** 2;

const NEWLINE = 0x0a;
const QUOTE = 0x22;

const mib = (bytes: number) => `${Math.round((bytes / 1024 ** 2) * 10) / 10} MiB`;

export function uploadInterrupted(): ProblemError {
  return new ProblemError('invalidFile', 'The upload ended before the file did (the connection was closed); nothing was imported.');
}

export function uploadTooLarge(limit: number): ProblemError {
  return new ProblemError(
    'payloadTooLarge',
    `The upload is larger than ${mib(limit)}, the most one import takes (IMPORT_MAX_UPLOAD_BYTES); nothing was imported.`,
  );
}

/**
 * Sits after gzip (when there is one) and before the CSV parser: counts the decompressed bytes
 * against their limit and the compressed bytes read so far, and measures every line, so that neither
 * a gzip bomb nor a file without newlines can grow memory or run for hours.
 */
export class DecodedInputGuard extends Transform {
  private bytes = 0;
  /** Physical line of the file the next byte is on, and of the record being read. */
  private line = 1;
  private recordLine = 1;
  /** Bytes of the record being read: a quoted field may hold newlines, so a record can span lines. */
  private recordLength = 0;
  private inQuotes = false;

  constructor(
    private readonly limits: ImportLimits,
    private readonly format: string,
    /** Compressed bytes read so far; null when the file is not compressed. */
    private readonly compressedBytes: (() => number) | null,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limits.decompressedBytes) {
      return done(
        new ProblemError(
          'payloadTooLarge',
          `The file holds more than ${mib(this.limits.decompressedBytes)} once decompressed (IMPORT_MAX_DECOMPRESSED_BYTES); nothing was imported.`,
        ),
      );
    }
    const compressed = this.compressedBytes?.() ?? 0;
    if (compressed > 0 && this.bytes > RATIO_GRACE_BYTES && this.bytes / compressed > this.limits.compressionRatio) {
      return done(
        new ProblemError(
          'payloadTooLarge',
          `The file decompresses to over ${this.limits.compressionRatio} times its size (IMPORT_MAX_COMPRESSION_RATIO), as a gzip bomb does; nothing was imported.`,
        ),
      );
    }
    const tooLong = this.measureRecords(chunk);
    if (tooLong !== null) {
      const hint = this.inQuotes ? 'a quote opened there is never closed' : 'a CSV file has one record per line';
      return done(
        new FileFormatError(this.format, `the record at line ${tooLong} is longer than ${this.limits.lineBytes} bytes (IMPORT_MAX_LINE_BYTES): ${hint}`),
      );
    }
    done(null, chunk);
  }

  /**
   * The line of the first record over the limit, or null. A record ends at a newline outside
   * quotes: the CSV parser holds a whole record, and re-reads an unfinished one with every chunk, so
   * one stray quote must not let a record grow through the rest of the file.
   */
  private measureRecords(chunk: Buffer): number | null {
    if (!this.inQuotes && chunk.indexOf(QUOTE) === -1) return this.measureLines(chunk);
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === QUOTE)
        this.inQuotes = !this.inQuotes; // "" inside a quoted field toggles twice
      else if (byte === NEWLINE) {
        this.line++;
        if (!this.inQuotes) {
          this.recordLength = 0;
          this.recordLine = this.line;
          continue;
        }
      }
      if (++this.recordLength > this.limits.lineBytes) return this.recordLine;
    }
    return null;
  }

  /**
   * The same for a chunk without quotes, outside quotes: every newline ends a record, found with
   * indexOf (native), and only a chunk that could hold a long record is looked at line by line.
   */
  private measureLines(chunk: Buffer): number | null {
    const last = chunk.lastIndexOf(NEWLINE);
    if (this.recordLength + chunk.length <= this.limits.lineBytes) {
      if (last === -1) this.recordLength += chunk.length;
      else {
        this.line += countNewlines(chunk);
        this.recordLine = this.line;
        this.recordLength = chunk.length - last - 1;
      }
      return null;
    }
    let start = 0;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, start)) {
      if (this.recordLength + at - start > this.limits.lineBytes) return this.recordLine;
      this.line++;
      this.recordLine = this.line;
      this.recordLength = 0;
      start = at + 1;
    }
    this.recordLength += chunk.length - start;
    return this.recordLength > this.limits.lineBytes ? this.recordLine : null;
  }
}

function countNewlines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

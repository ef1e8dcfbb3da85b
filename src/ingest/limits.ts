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
  /** Bytes between two newlines. */
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

const mib = (bytes: number) => `${Math.round((bytes / 1024 ** 2) * 10) / 10} MiB`;

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
  private line = 1;
  private lineLength = 0;

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
    const tooLong = this.measureLines(chunk);
    if (tooLong !== null) {
      return done(
        new FileFormatError(
          this.format,
          `line ${tooLong} is longer than ${this.limits.lineBytes} bytes (IMPORT_MAX_LINE_BYTES); is it a CSV file with one record per line?`,
        ),
      );
    }
    done(null, chunk);
  }

  /** The number of the first line over the limit, or null. Only a chunk that could hold one is scanned line by line. */
  private measureLines(chunk: Buffer): number | null {
    const last = chunk.lastIndexOf(NEWLINE);
    if (this.lineLength + chunk.length <= this.limits.lineBytes) {
      if (last === -1) this.lineLength += chunk.length;
      else {
        this.line += countNewlines(chunk);
        this.lineLength = chunk.length - last - 1;
      }
      return null;
    }
    let start = 0;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, start)) {
      if (this.lineLength + at - start > this.limits.lineBytes) return this.line;
      this.line++;
      this.lineLength = 0;
      start = at + 1;
    }
    this.lineLength += chunk.length - start;
    return this.lineLength > this.limits.lineBytes ? this.line : null;
  }
}

function countNewlines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

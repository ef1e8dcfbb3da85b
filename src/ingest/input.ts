import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { FileFormatError, type FormatParser, type StagedRow } from './staged-row.js';

export type Progress = { bytesRead: number; totalBytes: number | null; rows: number };

/** Counts and hashes the bytes as they arrive (the release records the file's sha256). */
export class MeteredInput {
  readonly stream: Readable;
  bytesRead = 0;
  private readonly hash = createHash('sha256');

  constructor(source: Readable) {
    const meter = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        this.hash.update(chunk);
        this.bytesRead += chunk.length;
        done(null, chunk);
      },
    });
    source.on('error', (error) => meter.destroy(error));
    this.stream = source.pipe(meter);
  }

  /** Only meaningful once the stream has been read to the end. */
  sha256(): string {
    return this.hash.copy().digest('hex');
  }
}

/** The decoded text stream: gzip is recognised by its magic bytes, whatever the file is called. */
async function decoded(input: Readable): Promise<Readable> {
  const first: Buffer | null = await new Promise((resolve, reject) => {
    const onReadable = () => {
      cleanup();
      resolve(input.read() as Buffer | null);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      input.off('readable', onReadable).off('end', onEnd).off('error', onError);
    };
    input.on('readable', onReadable).on('end', onEnd).on('error', onError);
  });
  if (first === null) return input;
  input.unshift(first);
  if (first[0] !== 0x1f || first[1] !== 0x8b) return input;
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  return input.pipe(gunzip);
}

/** Parses the CSV and maps each record through the format's parser. */
export async function* stagedRows(input: Readable, parser: FormatParser, onRecord?: () => void): AsyncGenerator<StagedRow> {
  const csv = (await decoded(input)).pipe(
    parse({
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim());
        const missing = parser.requiredColumns.filter((c) => !names.includes(c));
        if (missing.length > 0) {
          throw new FileFormatError(`the header lacks column(s) ${missing.join(', ')}; found: ${names.join(', ')}`);
        }
        return names;
      },
    }),
  );
  try {
    for await (const { record, info } of csv as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      onRecord?.();
      yield* parser.toRows(record, info.lines);
    }
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    const cause = error as { code?: string; message: string };
    // csv-parse wraps errors thrown in the header callback.
    if (cause.message.includes('the header lacks')) throw new FileFormatError(cause.message.replace(/^.*?the header lacks/, 'the header lacks'));
    throw new FileFormatError(`could not read the file as CSV: ${cause.message}`);
  }
}

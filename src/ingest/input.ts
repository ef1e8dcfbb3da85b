import { createHash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse, type Options } from 'csv-parse';
import type { CheckedRow, RowChecker } from './check-row.js';
import { FileFormatError, type FormatParser, type RowMapper } from './staged-row.js';

export type Progress = { bytesRead: number; totalBytes: number | null; rows: number };

/** Counts and hashes the bytes as they arrive (the release records the file's sha256). */
export class MeteredInput {
  readonly stream: Transform;
  bytesRead = 0;
  private readonly hash = createHash('sha256');

  constructor(source: Readable) {
    this.stream = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        this.hash.update(chunk);
        this.bytesRead += chunk.length;
        done(null, chunk);
      },
    });
    source.on('error', (error) => this.stream.destroy(error));
    source.pipe(this.stream);
  }

  /** Only meaningful once the stream has been read to the end. */
  sha256(): string {
    return this.hash.copy().digest('hex');
  }
}

/** Decompresses gzip, recognised by its magic bytes whatever the file is called. */
export function decodeInput(): Transform {
  let gunzip: ReturnType<typeof createGunzip> | null = null;
  let decided = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!decided) {
        decided = true;
        if (chunk[0] === 0x1f && chunk[1] === 0x8b) {
          gunzip = createGunzip();
          gunzip.on('data', (data: Buffer) => this.push(data));
          gunzip.on('error', (error) => this.destroy(new FileFormatError(`not a valid gzip file: ${error.message}`)));
        }
      }
      if (gunzip) gunzip.write(chunk, () => done());
      else done(null, chunk);
    },
    flush(done) {
      if (!gunzip) return done();
      gunzip.once('end', () => done());
      gunzip.end();
    },
  });
}

/**
 * CSV records as arrays of fields. Line numbers are counted by StagingEncoder: asking csv-parse for
 * them (on_record/info) costs it an object per record, a fifth of the whole import's time.
 */
export function csvRecords(): Transform {
  const options: Options = { bom: true, skip_empty_lines: false, relax_column_count: true };
  return parse(options);
}

// Postgres COPY text format: tab-separated, \N for null, backslash escapes.
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
function copyText(value: string | null): string {
  if (value === null) return '\\N';
  return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : value;
}

/** Newlines inside quoted fields: a record can span several lines of the file. */
function embeddedNewlines(fields: string[]): number {
  let count = 0;
  for (const field of fields) if (field.includes('\n')) count += field.split('\n').length - 1;
  return count;
}

const CHUNK_CHARS = 256 * 1024;

/**
 * Turns CSV records into staging rows in COPY text format: the header picks the format's columns,
 * each record goes through the format parser and the row checks. Output comes in large chunks.
 */
export class StagingEncoder extends Transform {
  rows = 0;
  rejected = 0;
  private mapRecord: RowMapper | null = null;
  private nextLine = 1;
  private buffer = '';

  constructor(
    private readonly parser: FormatParser,
    private readonly checker: RowChecker,
  ) {
    super({ writableObjectMode: true });
  }

  override _transform(fields: string[], _encoding: BufferEncoding, done: TransformCallback): void {
    const line = this.nextLine;
    this.nextLine += 1 + embeddedNewlines(fields);
    if (this.mapRecord === null) {
      try {
        this.mapRecord = this.readHeader(fields);
        return done();
      } catch (error) {
        return done(error as Error);
      }
    }
    if (fields.length === 1 && fields[0] === '') return done(); // an empty line
    for (const staged of this.mapRecord(fields, line)) this.append(this.checker.check(staged));
    if (this.buffer.length >= CHUNK_CHARS) {
      this.push(this.buffer);
      this.buffer = '';
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.mapRecord === null) return done(new FileFormatError('the file is empty: no header line'));
    if (this.buffer.length > 0) this.push(this.buffer);
    done();
  }

  private readHeader(fields: string[]): RowMapper {
    const names = fields.map((f) => f.trim());
    const missing = this.parser.requiredColumns.filter((c) => !names.includes(c));
    if (missing.length > 0) throw new FileFormatError(`the header lacks column(s) ${missing.join(', ')}; found: ${names.join(', ')}`);
    return this.parser.bind((name) => names.indexOf(name));
  }

  private append(r: CheckedRow): void {
    this.rows++;
    if (r[9] !== null) {
      this.rejected++;
      this.buffer += `${r[0]}\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t${copyText(r[9])}\n`;
      return;
    }
    // Checked values hold no tabs or newlines (codes, digits, known words): no escaping needed.
    this.buffer += `${r[0]}\t${r[1]}\t${r[2]}\t${r[3]}\t${r[4]}\t${r[5]}\t${r[6]}\t${r[7]}\t${r[8] ? 't' : 'f'}\t\\N\n`;
  }
}

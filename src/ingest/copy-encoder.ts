import { Transform, type Duplex, type TransformCallback } from 'node:stream';
import Papa from 'papaparse';
import type { CheckedRow, RowChecker } from './check-row.js';
import { scaleToCents } from './decimal.js';
import { FileFormatError, type FormatParser, type RowMapper } from './formats/contract.js';
import { FORMATS, type FormatName } from './formats/index.js';
import type { ImportLimits } from './limits.js';
import { boundedReason } from './reason.js';

export type Progress = { bytesRead: number; totalBytes: number | null; rows: number };

/** Counts the bytes passing through, for progress and ETA. */
export class ByteMeter extends Transform {
  bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

/**
 * CSV records as arrays of fields (RFC 4180 quoting). Papa Parse, because it reads the IMF file
 * three times faster than csv-parse here (0.8 s against 2.5 s), which is most of an import's
 * parsing cost. Line numbers are counted by RowEncoder.
 */
export function csvRecords(): Duplex {
  return Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false });
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

/** How checked rows become COPY lines: for the staging table, or straight for trade_flows. */
export type RowOutput = { kind: 'staging' } | { kind: 'flows'; source: string; release: number };

export type RejectedRow = { line: number; reason: string };

/**
 * Turns CSV records into COPY text lines: the header picks the format's columns, each record goes
 * through the format parser and the row checks. Output comes in large chunks. For trade_flows,
 * rejected rows are counted and the first ones kept as samples instead of written.
 */
export class RowEncoder extends Transform {
  rows = 0;
  rejected = 0;
  readonly samples: RejectedRow[] = [];
  private mapRecord: RowMapper | null = null;
  private nextLine = 1;
  private buffer = '';
  private readonly flowSuffix: string;
  private readonly parser: FormatParser;

  constructor(
    private readonly format: FormatName,
    private readonly checker: RowChecker,
    private readonly output: RowOutput,
    private readonly limits: Pick<ImportLimits, 'fieldChars' | 'rejectedSamples'>,
  ) {
    super({ writableObjectMode: true });
    this.parser = FORMATS[format];
    this.flowSuffix = output.kind === 'flows' ? `\t${copyText(output.source)}\t${output.release}\n` : '';
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
    if (this.nextLine - line > 1) {
      // No trade figure has a newline in it: a record over several lines swallowed the lines after
      // a quote that was never closed, and they must not vanish in silence.
      this.reject(line, `a quoted field that starts at line ${line} holds ${this.nextLine - line - 1} line break(s): is a closing quote missing?`);
      return done();
    }
    const long = fields.findIndex((f) => f.length > this.limits.fieldChars);
    if (long !== -1) {
      this.reject(line, `field ${long + 1} is ${fields[long]!.length} characters long; at most ${this.limits.fieldChars} (IMPORT_MAX_FIELD_CHARS)`);
      return done();
    }
    try {
      for (const staged of this.mapRecord(fields, line)) this.append(this.checker.check(staged));
    } catch (error) {
      // A throw here would escape the stream and end the process; it must fail this import only.
      return done(error as Error);
    }
    if (this.buffer.length >= CHUNK_CHARS) {
      this.push(this.buffer);
      this.buffer = '';
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.mapRecord === null) return done(new FileFormatError(this.format, 'the file is empty: no header line'));
    if (this.buffer.length > 0) this.push(this.buffer);
    done();
  }

  private readHeader(fields: string[]): RowMapper {
    const names = fields.map((f) => f.replace(/^\uFEFF/, '').trim());
    const missing = this.parser.requiredColumns.filter((c) => !names.includes(c));
    if (missing.length > 0) throw new FileFormatError(this.format, `the header lacks column(s) ${missing.join(', ')}; found: ${names.join(', ')}`);
    return this.parser.bind((name) => names.indexOf(name));
  }

  /** A rejected row: a sample (straight to trade_flows) or a staging line with only its reason. Reasons quote values: they are cut. */
  private reject(line: number, fullReason: string): void {
    this.rows++;
    this.rejected++;
    const reason = boundedReason(fullReason);
    if (this.output.kind === 'flows') {
      if (this.samples.length < this.limits.rejectedSamples) this.samples.push({ line, reason });
    } else {
      this.buffer += `${line}\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t${copyText(reason)}\t\\N\t\\N\t\\N\n`;
    }
  }

  private append(r: CheckedRow): void {
    if (r[9] !== null) return this.reject(r[0], r[9]);
    this.rows++;
    // Checked values hold no tabs or newlines (codes, digits, known words, units of letters): no escaping needed.
    const quantities = `${r[10] ?? '\\N'}\t${r[11] ?? '\\N'}\t${r[12] ?? '\\N'}`;
    if (this.output.kind === 'flows') {
      this.buffer += `${r[1]}\t${r[2]}\t${r[3]}\t${r[4]}\t${r[5]}\t${scaleToCents(r[6]!, r[7]!)}\t${r[8] ? 't' : 'f'}\t${quantities}${this.flowSuffix}`;
    } else {
      this.buffer += `${r[0]}\t${r[1]}\t${r[2]}\t${r[3]}\t${r[4]}\t${r[5]}\t${r[6]}\t${r[7]}\t${r[8] ? 't' : 'f'}\t\\N\t${quantities}\n`;
    }
  }
}

import { ProblemError } from '../../problem.js';
import { boundedReason } from '../reason.js';

/**
 * What every format parser yields: one observation as the file states it, still text. The row
 * checks (check-row.ts) and the set checks in SQL are the same for every format, so a parser only
 * maps its layout onto these fields.
 */
export type StagedRow = {
  /** Line of the file the value came from (the header is line 1). */
  line: number;
  reporter: string;
  partner: string;
  year: string;
  flow: string;
  commodity: string;
  /** A decimal number in units of 10^scale US dollars. */
  value: string;
  /** Power of ten: 6 for a file in millions of dollars, applied exactly in SQL numerics; null = unknown unit. */
  scale: number | null;
  /** 'true' or 'false'; anything else is rejected. */
  estimated: string;
  /** Net weight in kilograms, a decimal; '' or absent where the file has none. */
  netWeightKg?: string;
  /** The supplementary quantity, a decimal, in `quantityUnit`; '' or absent where the file has none. */
  quantity?: string;
  quantityUnit?: string;
};

/** Where each column is in this file's header (-1 when absent). */
export type ColumnIndex = (name: string) => number;

/** Maps one CSV record's fields to staged rows: several, one or none. */
export type RowMapper = (fields: string[], line: number) => StagedRow[];

/**
 * A file format. `bind` sees the header once and answers the mapper for every record, so the hot
 * path reads fields by position.
 */
export type FormatParser = {
  /** Columns the header must have; a file without them is refused before anything is read. */
  requiredColumns: string[];
  bind(column: ColumnIndex): RowMapper;
};

/** A problem with the file as a whole (not one row): nothing can be imported. */
export class FileFormatError extends ProblemError {
  readonly reason: string;

  constructor(
    readonly format: string,
    fullReason: string,
  ) {
    // A reason may quote the file (its header): bounded and made printable like a row's.
    const reason = boundedReason(fullReason);
    super('invalidFile', `The file cannot be read as ${format}: ${reason}.`, { errors: [{ in: 'body', name: 'file', message: reason }] });
    this.reason = reason;
    this.name = 'FileFormatError';
  }
}

const TRUE_FLAGS = new Set(['true', '1', 'yes', 'y', 'e']);
const FALSE_FLAGS = new Set(['false', '0', 'no', 'n']);

/** 'true'/'false' for the usual spellings; an empty cell is `empty`; anything else is kept, to be rejected with its text. */
export function flag(text: string | undefined, empty: 'true' | 'false' = 'false'): string {
  const t = (text ?? '').trim().toLowerCase();
  if (t === '') return empty;
  if (TRUE_FLAGS.has(t)) return 'true';
  if (FALSE_FLAGS.has(t)) return 'false';
  return text!;
}

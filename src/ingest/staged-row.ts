/**
 * What every format parser yields: one observation as the file states it, still text. Checking
 * (codes, years, numbers, duplicates) happens in SQL on the whole file at once, the same for every
 * format, so a parser only maps its layout onto these fields.
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
  /** Power of ten: 6 for a file in millions of dollars, scaled exactly in SQL numerics; null = unknown unit (rejected). */
  scale: number | null;
  /** 'true' or 'false'; anything else is rejected. */
  estimated: string;
};

/** A parser maps CSV records (header names as keys) to staged rows; it may yield several per record or none. */
export type FormatParser = {
  /** Columns the header must have; a file without them is refused before anything is read. */
  requiredColumns: string[];
  toRows(record: Record<string, string>, line: number): StagedRow[];
};

/** A problem with the file as a whole (not one row): nothing can be imported. */
export class FileFormatError extends Error {
  constructor(message: string) {
    super(message);
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

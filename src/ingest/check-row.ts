import { ALL_GOODS, COMMODITY_CODE, DEFAULT_CLASSIFICATION, FLOWS, YEAR_BOUNDS, orList } from '../domain.js';
import type { StagedRow } from './formats/contract.js';

const VALID_FLOWS: ReadonlySet<string> = new Set(FLOWS);
const NUMBER = /^\+?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const YEAR = /^\d{4}$/;
/**
 * Values are served as JSON numbers, which are doubles: with its cents, a value survives exactly
 * only up to 15 significant digits, so below 10^13 dollars (ten trillion: more than any country's
 * trade with the whole world in a year). numeric(20,2) would hold more; an answer could not.
 */
export const MAX_USD = 1e13;
/**
 * Bounds on a value's decimal text, checked before anything reads it as a number: a dollar amount
 * below MAX_USD with cents needs at most 15 digits, so 40 digits and an exponent within ±40 admit
 * every honest way of writing one (1.5e9, 0.000001e15, a value in thousands with decimals) and
 * refuse text such as 0e600000000, which the exact scaling would expand into a 600-million-digit string.
 */
export const VALUE_TEXT_LIMITS = { digits: 40, exponent: 40, scale: 18 } as const;
const DECIMAL_PARTS = /^\+?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** One staging row: the checked values, or a reason (and only the line) for a rejected one. */
export type CheckedRow = [
  line: number,
  reporter: string | null,
  partner: string | null,
  year: number | null,
  flow: string | null,
  commodity: string | null,
  value: string | null,
  scale: number | null,
  estimated: boolean | null,
  reason: string | null,
  netWeightKg: string | null,
  quantity: string | null,
  quantityUnit: string | null,
];

// Module-level rather than a closure per row: this runs a million times per import.
const rejected = (line: number, reason: string): CheckedRow => [line, null, null, null, null, null, null, null, null, reason, null, null, null];

/** Quantities fit numeric(20,3): 17 digits before the point. */
const MAX_QUANTITY = 1e17;
const UNIT = /^[\p{L}\p{N} ./%²³-]{1,20}$/u;

/** A quantity's decimal text, null where absent, or the reason it cannot be one. */
function quantityOf(text: string | undefined, what: string): { value: string | null } | { reason: string } {
  const t = (text ?? '').trim();
  if (t === '') return { value: null };
  if (t.startsWith('-')) return { reason: `negative ${what} ${t.slice(0, 40)}` };
  if (!NUMBER.test(t) || t.length > VALUE_TEXT_LIMITS.digits) return { reason: `${what} '${t.slice(0, 40)}' is not a number` };
  if (Number(t) >= MAX_QUANTITY) return { reason: `${what} ${t} is too large` };
  // Exponents are written out: COPY into numeric(20,3) takes plain decimals and exponents alike, rounding to 3 places.
  return { value: t };
}

export type CountryCode = { iso3: string; iso2: string | null; m49: number | null };

/**
 * The checks one row allows on its own, done while the file streams in (on the other core, while
 * Postgres copies): known codes, possible years, numbers, flows. Checks across rows (duplicates)
 * and against existing data run in SQL once the file is staged.
 */
export class RowChecker {
  private readonly codes = new Map<string, string>();
  private readonly maxYear: number;
  private readonly commodities: ReadonlySet<string>;
  private readonly onlyChapters: boolean;

  /**
   * `currentYear`: no figure can be for a later one. `commodities`: the nomenclature's codes (the
   * 97 chapters on a fresh database, every heading and subheading once a nomenclature is imported).
   */
  constructor(countries: CountryCode[], currentYear: number, commodities: Iterable<string>) {
    this.maxYear = Math.min(currentYear, YEAR_BOUNDS.max);
    this.commodities = new Set(commodities);
    this.onlyChapters = ![...this.commodities].some((c) => c.length > 2);
    for (const c of countries) {
      this.codes.set(c.iso3, c.iso3);
      if (c.iso2) this.codes.set(c.iso2, c.iso3);
      if (c.m49 !== null) this.codes.set(String(c.m49), c.iso3);
    }
  }

  private resolve(code: string): string | undefined {
    const exact = this.codes.get(code);
    if (exact !== undefined) return exact;
    const key = code.trim().toUpperCase();
    return this.codes.get(/^\d+$/.test(key) ? String(Number(key)) : key);
  }

  /** The checked row, or the first reason it cannot be imported (with only its line). */
  check(r: StagedRow): CheckedRow {
    const reporter = this.resolve(r.reporter);
    if (!reporter) return rejected(r.line, `unknown reporter code '${r.reporter}'`);
    const partner = this.resolve(r.partner);
    if (!partner) return rejected(r.line, `unknown partner code '${r.partner}'`);
    if (reporter === partner) return rejected(r.line, `reporter and partner are both ${reporter}`);
    const yearText = r.year.trim();
    if (!YEAR.test(yearText)) return rejected(r.line, `year '${r.year}' is not a four-digit year`);
    const year = Number(yearText);
    if (year < YEAR_BOUNDS.min || year > this.maxYear)
      return rejected(r.line, `impossible year ${year}: must be between ${YEAR_BOUNDS.min} and ${this.maxYear}`);
    if (!VALID_FLOWS.has(r.flow)) return rejected(r.line, `unknown flow '${r.flow}': must be ${orList(FLOWS)}`);
    const commodity = r.commodity === ALL_GOODS ? r.commodity : r.commodity.trim().toUpperCase();
    if (commodity !== ALL_GOODS && !COMMODITY_CODE.test(commodity))
      return rejected(r.line, `commodity '${r.commodity}' is neither TOTAL nor an HS code of 2, 4 or 6 digits`);
    if (commodity !== ALL_GOODS && !this.commodities.has(commodity))
      return rejected(
        r.line,
        `unknown commodity ${commodity}: not in the ${DEFAULT_CLASSIFICATION} nomenclature` +
          (this.onlyChapters && commodity.length > 2 ? ' (only its chapters are known: import the nomenclature with --format hs-nomenclature first)' : ''),
      );
    const value = r.value.trim();
    if (value === '') return rejected(r.line, 'value is missing');
    if (value.startsWith('-')) return rejected(r.line, `negative value ${value}`);
    if (!NUMBER.test(value)) return rejected(r.line, `value '${r.value}' is not a number`);
    if (r.scale === null) return rejected(r.line, 'unknown unit multiplier (SCALE or UNIT_MULT)');
    if (Math.abs(r.scale) > VALUE_TEXT_LIMITS.scale) return rejected(r.line, `unit multiplier 10^${r.scale} is beyond ±${VALUE_TEXT_LIMITS.scale}`);
    const [, int = '', frac = '', exponent = '0'] = DECIMAL_PARTS.exec(value)!;
    if (
      int.length + frac.length > VALUE_TEXT_LIMITS.digits ||
      exponent.replace(/^[+-]?0*/, '').length > 2 ||
      Math.abs(Number(exponent)) > VALUE_TEXT_LIMITS.exponent
    ) {
      return rejected(
        r.line,
        `value '${value.slice(0, 60)}' has more than ${VALUE_TEXT_LIMITS.digits} digits or an exponent beyond ±${VALUE_TEXT_LIMITS.exponent}: no US dollar amount is written so`,
      );
    }
    // Only the magnitude is judged in floating point; the value itself is scaled exactly.
    if (Number(value) * 10 ** r.scale >= MAX_USD)
      return rejected(r.line, `value ${value} is too large: at most 10 trillion US dollars, the most a JSON number holds to the cent`);
    if (r.estimated !== 'true' && r.estimated !== 'false') return rejected(r.line, `estimated flag '${r.estimated}' is neither true nor false`);
    const weight = quantityOf(r.netWeightKg, 'net weight');
    if ('reason' in weight) return rejected(r.line, weight.reason);
    const quantity = quantityOf(r.quantity, 'quantity');
    if ('reason' in quantity) return rejected(r.line, quantity.reason);
    const unit = (r.quantityUnit ?? '').trim();
    if (quantity.value !== null && unit === '') return rejected(r.line, `quantity ${quantity.value} has no unit`);
    if (quantity.value !== null && !UNIT.test(unit))
      return rejected(r.line, `quantity unit '${unit.slice(0, 40)}' is not a unit (letters, digits, at most 20)`);
    return [
      r.line,
      reporter,
      partner,
      year,
      r.flow,
      commodity,
      value,
      r.scale,
      r.estimated === 'true',
      null,
      weight.value,
      quantity.value,
      quantity.value === null ? null : unit,
    ];
  }
}

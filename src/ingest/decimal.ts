// At least one digit, before or after the point: '', '.' and '+' are no number.
const DECIMAL = /^\+?(?=\.?\d)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Adds one to a string of decimal digits. */
function increment(digits: string): string {
  return (BigInt(digits) + 1n).toString();
}

/**
 * `value` × 10^scale rounded to cents, half away from zero (as Postgres' round(numeric, 2)), done
 * on the digits so no binary floating point touches a money value. `value` must be a non-negative
 * decimal as RowChecker accepts it (digits, optional point, optional exponent).
 */
export function scaleToCents(value: string, scale: number): string {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new Error(`not a decimal: ${value}`);
  const [, int = '', frac = '', exp = '0'] = match;
  let digits = int + frac;
  let point = int.length + Number(exp) + scale;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  let units = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  let cents = digits.slice(point).padEnd(2, '0');
  if (cents.length > 2) {
    const roundUp = cents[2]! >= '5';
    cents = cents.slice(0, 2);
    if (roundUp) {
      const total = increment(units + cents);
      units = total.slice(0, -2) || '0';
      cents = total.slice(-2).padStart(2, '0');
    }
  }
  return `${units}.${cents}`;
}

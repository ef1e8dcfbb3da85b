import fc from 'fast-check';
import t from 'tap';
import { scaleToCents } from '../../src/ingest/decimal.js';

/**
 * scaleToCents(value, scale) = value × 10^scale in cents, rounded half away from zero, on the digits.
 * Expectations below are written out by hand; the property compares with a BigInt computation that
 * shares no code with the implementation.
 */

t.test('integers', async (t) => {
  const cases: [string, number, string][] = [
    ['0', 0, '0.00'],
    ['1', 0, '1.00'],
    ['42', 0, '42.00'],
    ['42', 2, '4200.00'],
    ['1000', 0, '1000.00'],
    ['7', 1, '70.00'],
  ];
  for (const [value, scale, expected] of cases) t.equal(scaleToCents(value, scale), expected, `${value} × 10^${scale}`);
});

t.test('fractions', async (t) => {
  const cases: [string, number, string][] = [
    ['1.5', 0, '1.50'],
    ['0.1', 0, '0.10'],
    ['0.25', 0, '0.25'],
    ['12.34', 0, '12.34'],
    ['12.34', 1, '123.40'],
    ['0.001', 3, '1.00'],
    ['0.0001', 3, '0.10'],
    ['3.14159', 2, '314.16'],
    ['0.5', 0, '0.50'],
  ];
  for (const [value, scale, expected] of cases) t.equal(scaleToCents(value, scale), expected, `${value} × 10^${scale}`);
});

t.test('exponents and bare points', async (t) => {
  const cases: [string, number, string][] = [
    ['1.5e3', 0, '1500.00'],
    ['1.5E3', 0, '1500.00'],
    ['1.5e+3', 0, '1500.00'],
    ['2E-3', 0, '0.00'], // 0.002 rounds down to 0.00
    ['2E-3', 3, '2.00'],
    ['2e-2', 0, '0.02'],
    ['5e-3', 0, '0.01'], // 0.005: half away from zero
    ['1e0', 0, '1.00'],
    ['1e-10', 12, '100.00'],
    ['.5', 0, '0.50'],
    ['.5', 6, '500000.00'],
    ['5.', 0, '5.00'],
    ['5.', 6, '5000000.00'],
    ['12.5e-1', 0, '1.25'],
  ];
  for (const [value, scale, expected] of cases) t.equal(scaleToCents(value, scale), expected, `${value} × 10^${scale}`);
});

t.test('scale 6: US$ millions as IMF DOTS publishes them', async (t) => {
  const cases: [string, string][] = [
    ['2133.337432', '2133337432.00'],
    ['780.139', '780139000.00'],
    ['1500.25', '1500250000.00'],
    ['0.000001', '1.00'],
    ['0.0000001', '0.10'],
    ['0.000000005', '0.01'],
    ['0.000000004999', '0.00'],
    ['1.23456789012', '1234567.89'], // 1234567.89012 rounds down
    ['1.234567895', '1234567.90'], // 1234567.895 rounds up
  ];
  for (const [value, expected] of cases) t.equal(scaleToCents(value, 6), expected, `${value} mn`);
});

t.test('rounding at the half-cent boundary: half away from zero', async (t) => {
  const cases: [string, string][] = [
    ['0.005', '0.01'],
    ['0.0049', '0.00'],
    ['0.0049999999', '0.00'],
    ['0.00500000', '0.01'],
    ['0.015', '0.02'], // not banker's rounding (that would be 0.02 too, so check 0.025)
    ['0.025', '0.03'], // banker's rounding would give 0.02
    ['0.994', '0.99'],
    ['0.995', '1.00'],
    ['9.995', '10.00'],
    ['99.995', '100.00'],
    ['999999.995', '1000000.00'],
    ['1.005', '1.01'], // 1.005 is 1.00499999... as a binary double: digits must not go through floats
    ['1.015', '1.02'],
    ['8.675', '8.68'],
  ];
  for (const [value, expected] of cases) t.equal(scaleToCents(value, 0), expected, value);
});

t.test('long digit strings stay exact', async (t) => {
  t.equal(scaleToCents('123456789012345678.456', 0), '123456789012345678.46');
  t.equal(scaleToCents('123456789012345678.454', 0), '123456789012345678.45');
  t.equal(scaleToCents('99999999999999999999.995', 0), '100000000000000000000.00');
  t.equal(scaleToCents('12345678901.234567891', 6), '12345678901234567.89');
  t.equal(scaleToCents('0.1234567890123456789', 20), '12345678901234567890.00');
  t.equal(scaleToCents('9007199254740993', 0), '9007199254740993.00', '2^53 + 1 is not representable as a double');
});

t.test('leading zeros and a plus sign', async (t) => {
  t.equal(scaleToCents('007', 0), '7.00');
  t.equal(scaleToCents('000.50', 0), '0.50');
  t.equal(scaleToCents('0000', 0), '0.00');
  t.equal(scaleToCents('00012.345', 0), '12.35');
  t.equal(scaleToCents('+3', 0), '3.00');
  t.equal(scaleToCents('+3.5e2', 0), '350.00');
  t.equal(scaleToCents('+.5', 0), '0.50');
  t.equal(scaleToCents(' 12.5 ', 0), '12.50', 'surrounding whitespace is trimmed');
});

t.test('no leading zeros in the result, one zero before the point at least', async (t) => {
  for (const [value, scale] of [
    ['0.0001', 0],
    ['0001', 0],
    ['0.01', 2],
    ['00.000', 6],
  ] as const) {
    t.match(scaleToCents(value, scale), /^(0|[1-9]\d*)\.\d\d$/, `${value} × 10^${scale}`);
  }
});

t.test('a non-decimal throws', async (t) => {
  for (const bad of ['abc', '1,5', '1.2.3', '-1', '1e', '0x10', '1e5.5', 'NaN', 'Infinity', '12a', '1 000', '--1', '1e+']) {
    t.throws(() => scaleToCents(bad, 0), { message: /not a decimal/ }, `'${bad}'`);
  }
});

// Every part of the pattern is optional but one digit must be there: '', '.', '+' are no number.
t.test('text without a digit throws', async (t) => {
  for (const bad of ['', '.', '+', 'e5', '.e3', '+e-2']) {
    t.throws(() => scaleToCents(bad, 0), { message: /not a decimal/ }, `'${bad}'`);
  }
});

/** value × 10^scale in cents, half away from zero, computed with BigInt from the parts. */
function reference(int: string, frac: string, exp: number, scale: number): string {
  // value = (int frac as an integer) × 10^(exp - frac.length); × 10^scale; × 100 for cents.
  const mantissa = BigInt(int + frac || '0');
  const power = exp - frac.length + scale + 2;
  let cents: bigint;
  if (power >= 0) {
    cents = mantissa * 10n ** BigInt(power);
  } else {
    const divisor = 10n ** BigInt(-power);
    const quotient = mantissa / divisor;
    const remainder = mantissa % divisor;
    cents = 2n * remainder >= divisor ? quotient + 1n : quotient;
  }
  const whole = cents / 100n;
  const rest = cents % 100n;
  return `${whole}.${rest.toString().padStart(2, '0')}`;
}

t.test('property: equals a BigInt computation for random digit strings and scales 0..9', async (t) => {
  const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
  const decimal = fc
    .record({
      int: digits(0, 25),
      frac: digits(0, 25),
      point: fc.boolean(),
      exp: fc.option(fc.integer({ min: -12, max: 12 }), { nil: undefined }),
      expUpper: fc.boolean(),
      plus: fc.boolean(),
      scale: fc.integer({ min: 0, max: 9 }),
    })
    // A decimal needs at least one digit; without a point there is no fraction.
    .filter((d) => d.int.length + (d.point ? d.frac.length : 0) > 0);

  let runs = 0;
  fc.assert(
    fc.property(decimal, (d) => {
      runs++;
      const frac = d.point ? d.frac : '';
      const text = `${d.plus ? '+' : ''}${d.int}${d.point ? `.${frac}` : ''}${d.exp === undefined ? '' : `${d.expUpper ? 'E' : 'e'}${d.exp}`}`;
      const expected = reference(d.int, frac, d.exp ?? 0, d.scale);
      const actual = scaleToCents(text, d.scale);
      if (actual !== expected) throw new Error(`scaleToCents('${text}', ${d.scale}) = ${actual}, expected ${expected}`);
    }),
    { numRuns: 2000 },
  );
  t.equal(runs >= 2000, true, `${runs} random decimals checked`);

  // The reference itself, against hand-written answers, so a wrong reference cannot pass silently.
  t.equal(reference('0', '995', 0, 0), '1.00');
  t.equal(reference('2133', '337432', 0, 6), '2133337432.00');
  t.equal(reference('1', '5', 3, 0), '1500.00');
  t.equal(reference('', '5', 0, 0), '0.50');
  t.equal(reference('2', '', -3, 0), '0.00');
});

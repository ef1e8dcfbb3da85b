import type { ParamSchema, Parameter } from './openapi-document.js';

/**
 * The lists values are drawn from: what each kind of parameter means, valid values of each kind,
 * values around the edges of a schema, values that pass a schema but test the service, and
 * hostile text. arbitraries.ts draws from them at random; sweep.ts tries every one on every parameter.
 */

/** Codes the brief names and the project's own examples, in the spellings the API accepts (alpha-3, alpha-2, M49, any case). */
export const FAVOURITE_COUNTRIES = [
  'KAZ',
  'UZB',
  'DEU',
  'USA',
  '398',
  '860',
  '276',
  '840',
  'kz',
  'uz',
  'Kaz',
  'uzb',
  'KGZ',
  'TJK',
  'TKM',
  'RUS',
  'CHN',
  'SUN',
  'YUG',
];
export const REGIONS = ['Central Asia', 'Asia', 'Europe', 'Africa', 'Americas', 'Oceania', 'Western Europe', 'central asia', 'Northern America'];
export const SEARCHES = ['kaz', 'uz', 'stan', 'united', 'Korea', 'côte', 'ivoire', 'kz', '398', 'Kazakhstan', 'republic of'];
export const COMMODITIES = ['TOTAL', '01', '27', '2709', '8703', '270900', '2799', '77', '1234567890', 'oil'];
export const AS_OF = ['1', '2', '2000-01-01', '2022-12-31', '2099-12-31', '2026-02-28T12:00:00Z', '2024-06-30T23:59:59.999+05:00', '2024-06-30T00:00:00-0330'];

const COUNTRY_PARAMS = new Set(['reporter', 'partner', 'a', 'b', 'code']);
export const YEAR_PARAMS = ['year', 'from', 'to'];

export type Kind = 'country' | 'group' | 'source' | 'cursor' | 'year' | 'limit' | 'integer' | 'commodity' | 'asOf' | 'region' | 'search' | 'enum' | 'string';

/** What a parameter means, from its name, its schema and its path (`id` under /groups is a group id, under /releases a number). */
export function kindOf(path: string, p: Parameter): Kind {
  const s = p.schema;
  if (s.enum) return 'enum';
  if (s.type === 'integer') return YEAR_PARAMS.includes(p.name) ? 'year' : p.name === 'limit' ? 'limit' : 'integer';
  if (p.name === 'code' && path.startsWith('/v1/commodities')) return 'commodity';
  if (COUNTRY_PARAMS.has(p.name)) return 'country';
  if (p.name === 'within' || (p.name === 'id' && path.startsWith('/v1/groups'))) return 'group';
  const named: Record<string, Kind> = {
    source: 'source',
    cursor: 'cursor',
    commodity: 'commodity',
    parent: 'commodity',
    asOf: 'asOf',
    region: 'region',
    q: 'search',
  };
  return named[p.name] ?? 'string';
}

// Just outside, on, and far outside what the schema allows; the numbers written every way a parser might accept.
const TWO_31 = 2 ** 31;
const TWO_53 = 2 ** 53;
const NUMBER_SPELLINGS = ['1e400', '-1e400', '0x7E4', '0o3746', '0b11', '2e3', '1.5', '-0', '+1', ' 1', '1 ', '', 'NaN', 'Infinity', '-Infinity'];
const EXOTIC_DIGITS = ['٢٠٢٢', '２０２２', '2022\u00a0', '0'.repeat(30) + '1', '9'.repeat(400), '2026-02-30', 'true', 'null', '[]'];

export function integerBoundaries(s: ParamSchema): string[] {
  const min = s.minimum ?? 0;
  const max = s.maximum ?? TWO_31 - 1;
  const numbers = [min - 1, max + 1, min, max, 0, -1, TWO_31 - 1, TWO_31, TWO_31 + 1, -TWO_31, TWO_53, TWO_53 + 1, -TWO_53];
  return [...numbers.map(String), `${min}.0`, `${max}.5`, ...NUMBER_SPELLINGS, ...EXOTIC_DIGITS];
}

export function stringBoundaries(s: ParamSchema): string[] {
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 100;
  const values = ['', ' ', '   ', 'x'.repeat(max), 'x'.repeat(max + 1), 'é'.repeat(max), '😀'.repeat(max), ` ${'x'.repeat(max)} `, '2026-02-30', '0x7E4'];
  if (min > 1) values.push('x'.repeat(min - 1));
  if (s.enum) values.push(...s.enum.map((v) => v.toUpperCase()), ...s.enum.map((v) => ` ${v} `), s.enum.join(','), `${s.enum[0]}\u0000`);
  if (s.pattern) {
    values.push('total', 'TOTAL ', '1', '12345678901', '0', '-1', '1e3', String(TWO_31), '9'.repeat(40));
    values.push('2026-02-30', '2026-13-01', '2026-00-10', '0000-00-00', '2026-02-28T25:00:00Z', '2026-02-28T12:00:00+99:99', '2026-02-28T', '2026-02-28T::.Z');
  }
  return values;
}

export const boundariesOf = (p: Parameter) => (p.schema.type === 'integer' ? integerBoundaries(p.schema) : stringBoundaries(p.schema));

// Values that pass a schema but test what the service makes of them: other spellings, unknown ids,
// LIKE wildcards, combined source ids as figures carry them, dates at the ends of what JavaScript,
// Postgres and time zones agree on.
export const NEAR_VALID: Partial<Record<Kind, string[]>> = {
  country: [
    ' KAZ',
    'KAZ ',
    ' kaz ',
    '0398',
    '00398',
    '398.0',
    '+398',
    '3.98e2',
    'kAz',
    'K',
    'KA',
    'KAZA',
    'XK',
    'XKX',
    'EU',
    'ZZ',
    'ZZZ',
    '000',
    '999',
    '0',
    '-398',
  ],
  group: ['CENTRAL-ASIA', 'central_asia', 'central asia', ' central-asia ', 'central-asia-', 'c5', 'eu27', 'EU ', 'e%', 'e_', '%', '_'],
  source: [' imf-dots ', 'IMF-DOTS', 'imf-dots+un-comtrade', 'seed-article+imf-dots', 'imf', 'imf%', 'imf_dots', '_', '%'],
  commodity: ['00', '0000000000', '01 ', 'Total', 'TOTAL\n', '99'],
  region: ['CENTRAL ASIA', 'Asia ', 'Central%', 'Cen_ral Asia', 'Latin America and the Caribbean', 'Sub-Saharan Africa', 'Antarctica', '%', '_'],
  search: ['%', '_', '\\', "'", '"', 'a'.repeat(100), 'ka%', 'K_Z', '.', '*'],
  asOf: [
    '9999-12-31',
    '9999-12-31T23:59:59.999-23:59',
    '9999-12-31T24:00:00Z',
    '0001-01-01T00:00:00+23:59',
    '1970-01-01T00:00:00Z',
    '1969-12-31T23:59:59.999Z',
    '2024-02-29',
    '2023-02-29',
    '0',
    '2147483647',
    '2147483648',
    '2026-01-31T12:00:00.1234567891234Z',
    '2026-01-31T24:00:00Z',
    '2026-01-31T00:00:00+24:00',
    '2026-01-31T12:00:00-00:00',
  ],
  year: ['2022.0', '02022', '2022.000000000000001', '1899.99999999999999'],
  limit: ['01', '1.0', '1.000000000000001'],
  integer: ['01', '1.0', '0', '2147483647', '2147483648'],
};

// NUL and the other control characters (Postgres refuses NUL in text), marks that change how text
// reads or compares (RTL, zero width, BOM, combining, letters whose case mapping changes the length),
// lone surrogates (not valid UTF-16), and the classic injection and prototype-pollution strings.
export const CONTROL = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f', '\u0085', 'KAZ\u0000', '\u0000KAZ', 'KAZ\n', '\r\n', '\t'];
export const UNICODE = [
  '🇰🇿',
  '😀',
  'KAZ\u200f',
  '\u202eZAK',
  '\u200b',
  '\ufeffKAZ',
  'K\u0301AZ',
  'Ｋａｚ',
  'İ',
  'ß',
  'ﬀ',
  'ǅ',
  '\ud800',
  '\udfff',
  'KAZ\ud83d',
  'قازاقستان',
  '\u2028',
];
export const INJECTION = [
  "' OR '1'='1",
  "KAZ'; DROP TABLE trade_flows; --",
  '%',
  '_',
  '%_%',
  '\\',
  '*',
  '.*',
  '(',
  '[',
  '$1',
  '${x}',
  '{{x}}',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  '{"$ne":null}',
];

/** Ten thousand characters: longer than any limit, and (for path parameters) than Fastify's maxParamLength. */
export const LONG = ['A'.repeat(10_000), 'é'.repeat(10_000), '😀'.repeat(2_500), '%'.repeat(10_000), '\u0000'.repeat(10_000)];

/** One of each kind of hostile text, for the sweep (the random requests draw from all of them). */
export const HOSTILE_SAMPLE = ['\u0000', 'KAZ\u0000', '\u001b[31m', '\ud800', '🇰🇿', '\u202eZAK', "' OR '1'='1", '__proto__', 'A'.repeat(10_000)];

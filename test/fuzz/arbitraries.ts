import fc from 'fast-check';
import { forgedCursor, mangledCursor } from './cursors.js';
import type { Parameter } from './openapi-document.js';
import { AS_OF, COMMODITIES, CONTROL, FAVOURITE_COUNTRIES, INJECTION, LONG, NEAR_VALID, REGIONS, SEARCHES, UNICODE, boundariesOf, kindOf } from './values.js';

/**
 * Values for one parameter, as the text a client would put in the URL (encoding is the request
 * builder's business): valid ones from the parameter's OpenAPI schema and the real reference data,
 * nearly valid ones, boundary ones around what the schema allows, and hostile ones no schema anticipates.
 */

/** What the running app knows: read from it before generating (see harvest.ts), so valid values really are valid. */
export type Pools = {
  countries: string[];
  groups: string[];
  sources: string[];
  /** page.next values the app issued, by operation path: the only valid cursors there are. */
  cursors: Map<string, string[]>;
};

const int = (min: number, max: number) => fc.integer({ min, max }).map(String);

export function validValueOf(path: string, p: Parameter, pools: Pools): fc.Arbitrary<string> {
  const s = p.schema;
  const min = s.minimum ?? 0;
  const max = s.maximum ?? 2_147_483_647;
  switch (kindOf(path, p)) {
    case 'enum':
      return fc.constantFrom(...s.enum!);
    case 'year':
      // Mostly years the demo data and the IMF extract cover, so that answers have rows in them.
      return fc.oneof({ arbitrary: int(2000, 2022), weight: 4 }, int(min, max));
    case 'limit':
      return fc.oneof({ arbitrary: int(min, Math.min(max, min + 9)), weight: 3 }, fc.constant(String(max)), int(min, max));
    case 'integer':
      return fc.oneof({ arbitrary: int(min, Math.min(max, min + 3)), weight: 3 }, int(min, max));
    case 'country':
      return fc.constantFrom(...FAVOURITE_COUNTRIES, ...pools.countries);
    case 'group':
      return fc.constantFrom(...pools.groups, 'Central-Asia', 'EU');
    case 'source':
      return fc.constantFrom(...pools.sources);
    case 'cursor': {
      const issued = pools.cursors.get(path) ?? [];
      return issued.length > 0 ? fc.constantFrom(...issued) : forgedCursor;
    }
    case 'commodity':
      // Codes HS 2022 has and has not; anything of the shape a pattern admits, where the parameter has one.
      return fc.oneof(
        { arbitrary: fc.constantFrom(...COMMODITIES), weight: 3 },
        s.pattern ? fc.stringMatching(new RegExp(s.pattern)) : fc.stringMatching(/^\d{2,6}$/),
      );
    case 'asOf':
      // Anything the pattern admits, too: '0000-99-99T::Z' matches it and must be a 400, not a database error.
      return fc.oneof({ arbitrary: fc.constantFrom(...AS_OF), weight: 3 }, fc.stringMatching(new RegExp(s.pattern!)));
    case 'region':
      return fc.constantFrom(...REGIONS);
    case 'search':
      return fc.constantFrom(...SEARCHES);
    case 'string':
      if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
      // What a reasonable client sends (a file name, say): blank text is for the other categories.
      return fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/).filter((v) => v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? 30));
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
// A field anywhere in [min, max], its ends and the values around them drawn as often as the rest.
const field = (min: number, max: number, edges: number[]) => fc.oneof(fc.constantFrom(min, max, ...edges), fc.integer({ min, max }));
const dateText = fc
  .tuple(field(0, 9999, [1, 1969, 1970, 9998]), field(0, 13, [1, 2, 12]), field(0, 32, [1, 28, 29, 30, 31]))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const offsetText = fc.oneof(
  fc.constantFrom('Z', 'z', ''),
  fc
    .tuple(fc.constantFrom('+', '-'), field(0, 24, [14, 23]), field(0, 60, [30, 59]), fc.boolean())
    .map(([sign, h, m, colon]) => `${sign}${pad(h, 2)}${colon ? ':' : ''}${pad(m, 2)}`),
);
const fraction = fc.option(
  fc.integer({ min: 0, max: 999_999_999 }).map((f) => `.${f}`),
  { nil: '' },
);
/** Dates and date-times in the shape asOf takes, with every field anywhere from 0 to just past its range, and any offset. */
const dateTimeText = fc.oneof(
  dateText,
  fc
    .tuple(dateText, field(0, 24, [23]), field(0, 60, [59]), field(0, 61, [59]), fraction, offsetText)
    .map(([date, h, m, sec, frac, offset]) => `${date}T${pad(h, 2)}:${pad(m, 2)}:${pad(sec, 2)}${frac}${offset}`),
);

/** A value the schema takes, or nearly: what reaches the service and the database rather than stopping at validation. */
export function nearValidValueOf(path: string, p: Parameter, pools: Pools): fc.Arbitrary<string> {
  const kind = kindOf(path, p);
  const listed = NEAR_VALID[kind] ?? [];
  const arbitraries: fc.Arbitrary<string>[] = [validValueOf(path, p, pools)];
  if (listed.length > 0) arbitraries.push(fc.constantFrom(...listed));
  if (kind === 'asOf') arbitraries.push(dateTimeText, dateTimeText);
  if (kind === 'cursor') arbitraries.push(mangledCursor(pools.cursors.get(path) ?? []), forgedCursor);
  return fc.oneof(...arbitraries);
}

function boundaryValue(p: Parameter): fc.Arbitrary<string> {
  const listed = fc.constantFrom(...boundariesOf(p));
  if (p.schema.type !== 'integer') return listed;
  return fc.oneof({ arbitrary: listed, weight: 4 }, fc.integer().map(String), fc.double().map(String));
}

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...CONTROL),
  fc.constantFrom(...UNICODE),
  fc.constantFrom(...INJECTION),
  fc.constantFrom(...LONG),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.tuple(fc.constantFrom(...FAVOURITE_COUNTRIES), fc.constantFrom(...CONTROL, ...UNICODE)).map(([a, b]) => a + b),
);

function hostileValue(path: string, p: Parameter, pools: Pools): fc.Arbitrary<string> {
  if (kindOf(path, p) !== 'cursor') return hostileText;
  return fc.oneof({ arbitrary: forgedCursor, weight: 3 }, mangledCursor(pools.cursors.get(path) ?? []), hostileText);
}

/** Any value for the parameter: mostly valid or nearly (so that answers have bodies worth checking), the rest boundary or hostile. */
export function anyValueOf(path: string, p: Parameter, pools: Pools): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: validValueOf(path, p, pools), weight: 4 },
    { arbitrary: nearValidValueOf(path, p, pools), weight: 2 },
    { arbitrary: boundaryValue(p), weight: 3 },
    { arbitrary: hostileValue(path, p, pools), weight: 3 },
  );
}

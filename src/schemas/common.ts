import { z } from 'zod';
import { YEAR_BOUNDS } from '../domain.js';

const { min: MIN_YEAR, max: MAX_YEAR } = YEAR_BOUNDS;

export const CountryRef = z
  .object({
    iso3: z.string().meta({ example: 'KAZ' }).describe('ISO 3166-1 alpha-3 code (or the project code of a historical entity, e.g. SUN)'),
    iso2: z.string().nullable().meta({ example: 'KZ' }).describe('ISO 3166-1 alpha-2 code'),
    m49: z.number().int().nullable().meta({ example: 398 }).describe('UN M49 numeric code'),
    name: z.string().meta({ example: 'Kazakhstan' }),
  })
  .meta({ id: 'CountryRef', description: 'A country or territory, as it appears anywhere in a response.' });
export type CountryRef = z.infer<typeof CountryRef>;

export const InvalidParam = z.object({
  in: z.enum(['path', 'query', 'header', 'body']),
  name: z.string().meta({ example: 'limit' }),
  message: z.string().meta({ example: 'must be at most 10000; use the cursor in page.next for more rows' }),
});

export const Problem = z
  .object({
    type: z.string().meta({ example: '/problems/invalid-parameter' }).describe('URI reference naming the problem type; see docs/errors.md'),
    title: z.string().meta({ example: 'Invalid parameter' }),
    status: z.number().int().meta({ example: 400 }).describe('The HTTP status code of this answer'),
    detail: z.string().meta({ example: 'limit: must be at most 10000; use the cursor in page.next for more rows' }),
    instance: z
      .string()
      .meta({ example: 'urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43' })
      .describe('This occurrence: urn:request: and the request id (the X-Request-Id answer header; quote it when reporting)'),
    errors: z.array(InvalidParam).optional().describe('Each invalid parameter, with how to fix it'),
    suggestions: z.array(CountryRef).optional().describe('For an unknown country code: close matches'),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem', description: 'An RFC 9457 problem (application/problem+json).' });

export const Page = z
  .object({
    limit: z.number().int().describe('The limit applied to this page'),
    next: z.string().nullable().describe('Cursor for the next page (pass as `cursor`); null on the last page'),
  })
  .meta({ id: 'Page' });

/** Problem responses: documented under application/problem+json for every status a route can answer. */
export function problemResponses<const S extends readonly number[]>(...statuses: S) {
  const descriptions: Record<number, string> = {
    400: 'Invalid parameter: the body says which one and how to fix it',
    401: 'Missing or invalid API key',
    404: 'Not found: the body names what was not found and close matches',
    406: 'None of the media types in Accept is one this route answers in',
    414: 'A path parameter is longer than any code or id this API takes',
    413: 'The upload, or the file once decompressed, is over its limit (IMPORT_MAX_*); nothing was written',
    415: 'The request body has a media type this route does not take',
    429: 'Too many requests from this API key or address: wait for Retry-After seconds',
    422: 'The file was read but rows were invalid: the body lists them (line and reason); nothing was written',
    500: 'Internal error (details are logged, never returned)',
    503: 'Unavailable for now: the database is unreachable or slow, the server is overloaded or shutting down, or (on /ready) migrations are pending; Retry-After says when to try again',
  };
  // Any route can fail unexpectedly: 500 is documented everywhere.
  return Object.fromEntries(
    [...statuses, 500].map((status) => [
      status,
      { description: descriptions[status] ?? 'Problem', content: { 'application/problem+json': { schema: Problem } } },
    ]),
  ) as { [K in S[number] | 500]: { description: string; content: { 'application/problem+json': { schema: typeof Problem } } } };
}

// NUL among them, which Postgres refuses in text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** The largest id a Postgres integer column holds: ids beyond it exist nowhere, so they are refused up front. */
export const MAX_ID = 2_147_483_647;

/**
 * Numbers arrive in query and path parameters as plain decimals: '2020' is 2020 and '2022.5' is
 * 2022.5 (which a whole-number schema then refuses as such), while '0x7E4', '2e3', ' 2020' and ''
 * stay strings and fail as not numbers (z.coerce would read several of them as numbers). The
 * OpenAPI document still says integer.
 */
const fromDigits = (v: unknown) => (typeof v === 'string' && /^\d{1,15}(\.\d{1,15})?$/.test(v) ? Number(v) : v);

/** An id of a row: a whole number from 1 to MAX_ID. */
export const idParam = (what: string) =>
  z
    .preprocess(
      fromDigits,
      z
        .number({ error: `must be ${what} (a whole number)` })
        .int({ error: `must be ${what} (a whole number)` })
        .min(1, { error: 'must be 1 or more' })
        .max(MAX_ID, { error: `must be at most ${MAX_ID}` }),
    )
    .describe(what);

// `continue`, as zod's own checks set it: the checks after this one (a list's refinements, a query's
// year-range check) still run, so one answer names every mistake.
const refuse = (payload: z.core.ParsePayload, message: string) => payload.issues.push({ code: 'custom', message, input: payload.value, continue: true });

/**
 * Free text from a request: trimmed, at most `max` characters, and free of control characters
 * (NUL among them, which Postgres refuses in text and would answer with an error). One check
 * rather than zod's trim, min, max and refine: those four ran on every code of every request and
 * were most of what validating a query cost the server (bench/http). Characters are counted as zod
 * counts them, in code points (an emoji is one): text within `max` UTF-16 units is within `max`
 * code points, so only longer text is counted again. The limits stay in the OpenAPI document
 * through the metadata.
 */
export const textParam = (max: number) =>
  z
    .string()
    .check((payload) => {
      const text = (payload.value = payload.value.trim());
      if (text.length === 0) refuse(payload, 'must not be empty');
      if (text.length > max && [...text].length > max) refuse(payload, `must be at most ${max} characters`);
      if (CONTROL_CHARACTERS.test(text)) refuse(payload, 'must not contain control characters');
    })
    .meta({ minLength: 1, maxLength: max });

export const yearSchema = (what: string) =>
  z
    .preprocess(
      fromDigits,
      z
        .number({ error: `must be a year (a whole number between ${MIN_YEAR} and ${MAX_YEAR}), e.g. 2022` })
        .int({ error: `must be a whole year, e.g. 2022` })
        .min(MIN_YEAR, { error: `must be ${MIN_YEAR} or later` })
        .max(MAX_YEAR, { error: `must be ${MAX_YEAR} or earlier` }),
    )
    .describe(what);

export const limitSchema = (max: number, fallback: number) =>
  z
    .preprocess(
      fromDigits,
      z
        .number({ error: `must be a whole number between 1 and ${max}` })
        .int({ error: `must be a whole number between 1 and ${max}` })
        .min(1, { error: 'must be at least 1' })
        .max(max, { error: `must be at most ${max}; use the cursor in page.next to fetch more rows` })
        .default(fallback),
    )
    .describe(`Rows per page, 1 to ${max} (default ${fallback}). Larger requests are refused with 400, never silently capped.`);

export const cursorSchema = textParam(1000).optional().describe('Opaque cursor from `page.next` of the previous page');

export const formatSchema = z
  .enum(['json', 'csv', 'ndjson'], { error: 'must be json, csv or ndjson' })
  .optional()
  .describe(
    'Response format; overrides the Accept header (`Accept: text/csv` or `application/x-ndjson` work too). CSV (RFC 4180) and NDJSON are flat: one row per figure, provenance as columns, as a download. ' +
      'Numbers are never rounded in JSON or NDJSON; CSV rounds percentages and ratios (…Pct, …Ratio) to 6 decimals, never money',
  );

const COUNTRY_CODE_HINT = 'ISO 3166-1 alpha-3 (KAZ), alpha-2 (KZ) or UN M49 numeric (398), any case';

/** Codes are accepted as ISO alpha-3, alpha-2 or M49 numeric, in any case. */
export const countryCodeSchema = (what: string) => textParam(64).describe(`${what}: ${COUNTRY_CODE_HINT}`).meta({ example: 'KAZ' });

/** The most values a comma list (reporter=KAZ,UZB) may hold; more is a 400, never a silent cut. */
export const MAX_LIST_VALUES = 50;

/**
 * A parameter that takes one code or a comma list of up to MAX_LIST_VALUES (`KAZ,UZB`), each value
 * trimmed: textParam, then split and checked in one step. Bad text stops the pipe before the split
 * (and the refinements a route adds to the list); the query's own checks still run.
 */
export const codeListSchema = (what: string, hint: string) =>
  textParam(MAX_LIST_VALUES * 12)
    .transform((text, payload) => {
      const list = text.split(',').map((c) => c.trim());
      if (list.some((c) => c === '')) refuse(payload, 'has an empty value in its list (two commas, or one at an end)');
      if (list.length > MAX_LIST_VALUES) refuse(payload, `lists at most ${MAX_LIST_VALUES} values; ask in several requests`);
      return list;
    })
    .describe(`${what}: one, or a comma list of up to ${MAX_LIST_VALUES}; ${hint}`);

/**
 * Whether a field of a route's schema names a country (optional or not): when a request fails
 * validation, the error handler checks these codes too, so one problem names every mistake
 * (plugins/errors.ts). Known by its description, which `.meta()` and `.optional()` keep.
 */
export function isCountryCodeField(field: unknown): boolean {
  let schema = field as { description?: string; unwrap?: () => unknown } | undefined;
  while (schema && schema.description === undefined && typeof schema.unwrap === 'function') schema = schema.unwrap() as typeof schema;
  return schema?.description?.endsWith(COUNTRY_CODE_HINT) ?? false;
}

/** Whether a field takes a comma list (codeListSchema). */
export function isCodeListField(field: unknown): boolean {
  let schema = field as { description?: string; unwrap?: () => unknown } | undefined;
  while (schema && schema.description === undefined && typeof schema.unwrap === 'function') schema = schema.unwrap() as typeof schema;
  return schema?.description?.includes(`comma list of up to ${MAX_LIST_VALUES}`) ?? false;
}

/** countryCodeSchema's comma list (`reporter=KAZ,UZB` on /v1/flows); isCountryCodeField knows it too. */
export const countryCodeListSchema = (what: string) => codeListSchema(what, COUNTRY_CODE_HINT).meta({ example: 'KAZ' });

/** The query of a route that takes no parameters: any parameter is a mistake worth a 400, not something to ignore. */
export const NoQuery = z.strictObject({});

/** The query of a collection that takes only its format (JSON, CSV or NDJSON). */
export const FormatOnlyQuery = z.strictObject({ format: formatSchema });

/** The 200's other media types, for routes that take `format`. */
export const TABLE_CONTENT = {
  'text/csv': {
    schema: z.string().describe("CSV (RFC 4180) with a header row: flat columns, one row per figure; text a spreadsheet would run as a formula starts with '"),
  },
  'application/x-ndjson': { schema: z.string().describe('NDJSON: the same rows as the CSV, one JSON object per line') },
};

/** A success answer as JSON, CSV or NDJSON (`format` or Accept). */
export const tableAnswer = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema }, ...TABLE_CONTENT },
});

type YearRange = { year?: number | undefined; from?: number | undefined; to?: number | undefined };

/** `year` alone, or `from`/`to` (either may be open); checked after each value parsed on its own. */
export function checkYearRange(q: YearRange, ctx: z.RefinementCtx, maxSpan?: number): void {
  if (q.year !== undefined && (q.from !== undefined || q.to !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: 'give either year or from/to, not both' });
  }
  if (q.from !== undefined && q.to !== undefined) {
    if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['from'], message: `must not be after to (${q.from} > ${q.to}); swap them` });
    else if (maxSpan !== undefined && q.to - q.from > maxSpan) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `the range ${q.from}-${q.to} spans more than ${maxSpan} years; narrow it` });
    }
  }
}

/** A success answer as JSON: its description (what Swagger UI shows instead of "Default Response") and its schema. */
export const answer = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });

import { PROBLEM_TYPES, problemTypeUri, type ProblemKind } from '../problem.js';

/**
 * One problem per documented status, as this API answers it (the 200 examples are real answers,
 * openapi/examples.json; these are written out because most of these statuses cannot be provoked
 * on a fresh start). test/openapi.test.ts checks each against the Problem schema and its status.
 */
const INSTANCE = 'urn:request:4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43';

const problem = (kind: ProblemKind, detail: string, extensions: Record<string, unknown> = {}) => ({
  type: problemTypeUri(kind),
  title: PROBLEM_TYPES[kind].title,
  status: PROBLEM_TYPES[kind].status,
  detail,
  instance: INSTANCE,
  ...extensions,
});

const yearMessage = 'must be a year (a whole number between 1900 and 2100), e.g. 2022';

export const PROBLEM_EXAMPLES: Record<number, object> = {
  400: problem('invalidParameter', `from: ${yearMessage}; bogus: unknown parameter; this endpoint takes year, from, to, source, basis`, {
    errors: [
      { in: 'query', name: 'from', message: yearMessage },
      { in: 'query', name: 'bogus', message: 'unknown parameter; this endpoint takes year, from, to, source, basis' },
    ],
  }),
  401: problem(
    'unauthorized',
    'This route needs an API key: send `Authorization: Bearer <key>`. An operator makes keys with `npm run cli -- keys create --name <name>`.',
  ),
  404: problem('unknownCountry', "Unknown country code 'KAZZ' in a. Did you mean KAZ (Kazakhstan), AZE (Azerbaijan)?", {
    errors: [
      { in: 'path', name: 'a', message: "unknown country code 'KAZZ'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q=" },
    ],
    suggestions: [
      { iso3: 'KAZ', iso2: 'KZ', m49: 398, name: 'Kazakhstan' },
      { iso3: 'AZE', iso2: 'AZ', m49: 31, name: 'Azerbaijan' },
    ],
  }),
  406: problem(
    'notAcceptable',
    'This route answers in application/json, text/csv or application/x-ndjson; the Accept header (application/xml) admits none of them.',
    {
      errors: [{ in: 'header', name: 'Accept', message: 'must admit application/json, text/csv or application/x-ndjson' }],
    },
  ),
  413: problem('payloadTooLarge', 'The upload is over IMPORT_MAX_BYTES (524288000 bytes); nothing was written'),
  414: { type: 'about:blank', title: 'URI Too Long', status: 414, detail: 'a: longer than any code or id this API takes (64 characters)', instance: INSTANCE },
  415: { type: 'about:blank', title: 'Unsupported Media Type', status: 415, detail: 'Unsupported Media Type: application/json', instance: INSTANCE },
  422: problem('rejectedRows', '2 rows were invalid; nothing was imported', {
    errors: [{ in: 'body', name: 'line 3', message: 'year: 20x0 is not a year' }],
    rejected: 2,
  }),
  429: problem(
    'rateLimited',
    'More than 600 requests in 60 s from this API key or address; try again in 12 seconds. Fetch more per request (limit=, CSV) or ask for a higher allowance.',
  ),
  500: problem(
    'internal',
    'The server failed to answer this request. It has been logged with request id 4f9c2b1e-8d3a-4c55-9a0e-2f1d7c6b5a43; quote it when reporting.',
  ),
  503: problem('unavailable', 'The server is overloaded right now; try again in 5 s.'),
};

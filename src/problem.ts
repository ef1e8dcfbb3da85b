/** One invalid input, as listed in a problem's `errors`. `in` uses OpenAPI's names for locations. */
export type InvalidParam = { in: 'path' | 'query' | 'header' | 'body'; name: string; message: string };

export type ProblemFields = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: InvalidParam[];
  [extension: string]: unknown;
};

/** Problem types this API uses; each has a section in docs/errors.md. */
export const PROBLEM_TYPES = {
  invalidParameter: { slug: 'invalid-parameter', title: 'Invalid parameter', status: 400 },
  unauthorized: { slug: 'unauthorized', title: 'Unauthorized', status: 401 },
  notFound: { slug: 'not-found', title: 'Not found', status: 404 },
  notAcceptable: { slug: 'not-acceptable', title: 'Not acceptable', status: 406 },
  unknownCountry: { slug: 'unknown-country', title: 'Unknown country code', status: 404 },
  unknownGroup: { slug: 'unknown-group', title: 'Unknown country group', status: 404 },
  unknownSource: { slug: 'unknown-source', title: 'Unknown source', status: 404 },
  unknownRelease: { slug: 'unknown-release', title: 'Unknown release', status: 404 },
  unknownCommodity: { slug: 'unknown-commodity', title: 'Unknown commodity code', status: 404 },
  invalidFile: { slug: 'invalid-file', title: 'Unreadable file', status: 400 },
  payloadTooLarge: { slug: 'payload-too-large', title: 'Upload too large', status: 413 },
  rejectedRows: { slug: 'rejected-rows', title: 'Rows rejected; nothing imported', status: 422 },
  rateLimited: { slug: 'rate-limited', title: 'Too many requests', status: 429 },
  unavailable: { slug: 'service-unavailable', title: 'Service unavailable', status: 503 },
  internal: { slug: 'internal-error', title: 'Internal server error', status: 500 },
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

/**
 * Every 503 says when to try again (the error handler adds it unless the thrower chose another):
 * a database restart, a failover or the next instance of a rolling restart takes seconds, and a
 * client retrying sooner only adds load.
 */
export const RETRY_AFTER_SECONDS = 5;

export const problemTypeUri = (kind: ProblemKind) => `/problems/${PROBLEM_TYPES[kind].slug}`;

/** An error that the error handler turns into an RFC 9457 problem+json response as it is. */
export class ProblemError extends Error {
  readonly status: number;
  readonly body: ProblemFields;

  constructor(kind: ProblemKind, detail: string, extensions: Omit<Partial<ProblemFields>, 'type' | 'title' | 'status' | 'detail'> = {}) {
    super(detail);
    const { title, status } = PROBLEM_TYPES[kind];
    this.name = 'ProblemError';
    this.status = status;
    this.body = { type: problemTypeUri(kind), title, status, detail, ...extensions };
  }
}

/**
 * The one form of "no such X": a 404 of `kind` naming the value, the parameter it came in and what
 * would have worked, either the known values or where to find them.
 */
export function unknownValue(
  kind: 'unknownSource' | 'unknownGroup' | 'unknownRelease',
  param: Pick<InvalidParam, 'in' | 'name'>,
  value: string | number,
  known: { values: readonly string[] } | { listedBy: string },
): ProblemError {
  const noun = UNKNOWN_NOUNS[kind];
  const [hint, message] =
    'values' in known
      ? [`Known ${noun}s: ${known.values.join(', ') || 'none yet'}.`, `unknown ${noun}; use one of ${known.values.join(', ') || '(none loaded)'}`]
      : [`${known.listedBy} lists them.`, `no ${noun} '${value}'; ${known.listedBy} lists them`];
  return new ProblemError(kind, `Unknown ${noun} '${value}' in ${param.name}. ${hint}`, { errors: [{ ...param, message }] });
}

const UNKNOWN_NOUNS = { unknownSource: 'source', unknownGroup: 'group', unknownRelease: 'release' } as const;

export function invalidParameter(location: InvalidParam['in'], name: string, message: string): ProblemError {
  return new ProblemError('invalidParameter', `${name}: ${message}`, { errors: [{ in: location, name, message }] });
}

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { STATUS_CODES } from 'node:http';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { PROBLEM_TYPES, ProblemError, RETRY_AFTER_SECONDS, problemTypeUri, type InvalidParam, type ProblemFields } from '../problem.js';
import { isCodeListField, isCountryCodeField } from '../schemas/common.js';

const MAX_LISTED_ERRORS = 20;

const LOCATIONS: Record<string, InvalidParam['in']> = { querystring: 'query', params: 'path', headers: 'header', body: 'body' };

/**
 * `instance` names this occurrence (RFC 9457): the request id, which the X-Request-Id header echoes
 * and every log line of the request carries, so a report can be matched to the logs.
 */
function sendProblem(reply: FastifyReply, request: FastifyRequest, body: ProblemFields) {
  // An answer before the body has fully arrived (a 413 mid-upload): the rest is not read, so the
  // connection cannot carry another request.
  const hasBody = request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
  if (hasBody && !request.raw.complete) reply.header('Connection', 'close');
  if (body.status === 503 && !reply.hasHeader('Retry-After')) reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
  return reply
    .code(body.status)
    .type('application/problem+json')
    .send({ ...body, instance: `urn:request:${request.id}` });
}

/** The names a route's schema for `location` accepts (its zod object's keys), to say what would have worked. */
function acceptedNames(request: FastifyRequest, context: string | undefined): string[] {
  const schemas = request.routeOptions.schema as Record<string, { shape?: Record<string, unknown> } | undefined> | undefined;
  return Object.keys(schemas?.[context ?? '']?.shape ?? {});
}

function validationProblem(error: FastifyError, request: FastifyRequest): ProblemFields {
  const location = LOCATIONS[error.validationContext ?? ''] ?? 'query';
  const errors: InvalidParam[] = (error.validation ?? []).flatMap((issue): InvalidParam[] => {
    if (issue.keyword === 'unrecognized_keys') {
      const accepted = acceptedNames(request, error.validationContext);
      const hint = accepted.length > 0 ? `this endpoint takes ${accepted.join(', ')}` : 'this endpoint takes no query parameters';
      return ((issue.params as { keys?: string[] }).keys ?? []).map((name) => ({ in: location, name, message: `unknown parameter; ${hint}` }));
    }
    const name = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(root)';
    // ?year=2020&year=2021 arrives as an array where one value is expected.
    const repeated = location === 'query' && Array.isArray((request.query as Record<string, unknown> | undefined)?.[name]);
    return [{ in: location, name, message: repeated ? 'given more than once; give it once' : (issue.message ?? 'is invalid') }];
  });
  const suggestions = countryCodeProblems(request, errors);
  // A request with a thousand bad parameters gets an answer of bounded size.
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  const more = errors.length - listed.length;
  return {
    type: problemTypeUri('invalidParameter'),
    title: PROBLEM_TYPES.invalidParameter.title,
    status: PROBLEM_TYPES.invalidParameter.status,
    detail: listed.map((e) => `${e.name}: ${e.message}`).join('; ') + (more > 0 ? `; and ${more} more` : ''),
    errors: listed,
    ...(suggestions.length > 0 && { suggestions }),
  };
}

/**
 * The country codes of a request that failed validation, checked as the handler would have: an
 * unknown code joins the other errors (with its close matches), so one corrected call suffices.
 * Adds to `errors`; answers the suggestions.
 */
function countryCodeProblems(request: FastifyRequest, errors: InvalidParam[]): unknown[] {
  const suggestions: unknown[] = [];
  // An app without the country directory (the OpenAPI export's) has no codes to check.
  if (!request.server.hasDecorator('countries')) return suggestions;
  const schemas = request.routeOptions.schema as Record<string, { shape?: Record<string, unknown> } | undefined> | undefined;
  for (const [context, location] of [
    ['params', 'path'],
    ['querystring', 'query'],
  ] as const) {
    const values = (context === 'params' ? request.params : request.query) as Record<string, unknown> | undefined;
    for (const [name, field] of Object.entries(schemas?.[context]?.shape ?? {})) {
      const value = values?.[name];
      if (typeof value !== 'string' || !isCountryCodeField(field) || errors.some((e) => e.name === name)) continue;
      // A list (reporter=KAZ,XXX on /v1/flows): each code is checked.
      for (const code of isCodeListField(field) ? value.split(',').filter((c) => c.trim() !== '') : [value]) {
        try {
          request.server.countries.resolve(code, name, location);
        } catch (error) {
          if (!(error instanceof ProblemError)) throw error;
          errors.push(...(error.body.errors ?? []));
          suggestions.push(...((error.body.suggestions as unknown[] | undefined) ?? []));
        }
      }
    }
  }
  return suggestions;
}

/**
 * Errors Fastify meets before any route or plugin hook runs (a path parameter over maxParamLength,
 * a malformed URL), as problem+json too. A plugin cannot set this: server.ts and build-app.ts pass
 * it to Fastify() as `frameworkErrors`.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 400;
  const detail =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'A path parameter is longer than any code, id or name this API takes; check the URL.'
      : `The request cannot be routed: ${error.message}`;
  // The reply is sent; nothing waits on it.
  void sendProblem(reply, request, { type: 'about:blank', title: STATUS_CODES[status] ?? 'Client error', status, detail });
}

/**
 * The one place errors become responses: RFC 9457 problem+json for every 4xx and 5xx. Client
 * errors say what to fix; server errors are logged in full and answered without internals.
 */
export default fp(
  async function errors(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof ProblemError) return sendProblem(reply, request, error.body);
      if (hasZodFastifySchemaValidationErrors(error)) return sendProblem(reply, request, validationProblem(error, request));
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'database unavailable');
        return sendProblem(
          reply,
          request,
          new ProblemError('unavailable', `The database cannot answer right now; try again in ${RETRY_AFTER_SECONDS} s.`).body,
        );
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        // Fastify's own client errors (bad JSON, wrong media type, body too large) are safe to echo.
        return sendProblem(reply, request, { type: 'about:blank', title: STATUS_CODES[status] ?? 'Client error', status, detail: error.message });
      }
      request.log.error({ err: error }, 'request failed');
      return sendProblem(reply, request, {
        type: problemTypeUri('internal'),
        title: PROBLEM_TYPES.internal.title,
        status: PROBLEM_TYPES.internal.status,
        detail: `The server failed to answer this request. It has been logged with request id ${request.id}; quote it when reporting.`,
      });
    });

    app.setNotFoundHandler((request, reply) =>
      sendProblem(reply, request, {
        type: problemTypeUri('notFound'),
        title: PROBLEM_TYPES.notFound.title,
        status: PROBLEM_TYPES.notFound.status,
        detail: `No route ${request.method} ${request.url.split('?')[0]}. The API lives under /v1; see /docs for every route.`,
      }),
    );
  },
  { name: 'errors' },
);

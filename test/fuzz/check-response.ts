import type { LightMyRequestResponse } from 'fastify';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Operation } from './openapi-document.js';
import type { FuzzRequest } from './requests.js';

/** A broken promise of the document: `rule` names which, `detail` what exactly (both group failures into distinct bugs). */
export type Violation = { rule: string; detail: string };

export type ValidatorFor = (op: Operation, status: number, mediaType: string) => ValidateFunction | undefined;

const mediaTypeOf = (res: LightMyRequestResponse) =>
  String(res.headers['content-type'] ?? '(none)')
    .split(';')[0]!
    .trim()
    .toLowerCase();

// Array indexes folded, so that the same mistake in row 3 and row 7 is one bug.
const schemaErrors = (errors: ErrorObject[] | null | undefined) =>
  [...new Set((errors ?? []).map((e) => `${e.instancePath.replace(/\/\d+(?=\/|$)/g, '/*') || '/'} ${e.message ?? e.keyword}`))].slice(0, 4).join('; ');

const isJson = (media: string) => media === 'application/json' || media.endsWith('+json');

function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}

/** The media type the request left no doubt about: one `format=` (where the route takes it), else a plain Accept or none. */
function askedFor(r: FuzzRequest): string | undefined {
  const formats = r.pieces.filter((p) => /^format(=|$)/.test(p));
  if (formats.length > 1) return undefined;
  if (formats.length === 1) return { 'format=json': 'application/json', 'format=csv': 'text/csv' }[formats[0]!];
  const accept = r.headers.accept;
  return accept === undefined || accept === 'application/json' ? 'application/json' : accept === 'text/csv' ? 'text/csv' : undefined;
}

function problemViolations(r: FuzzRequest, res: LightMyRequestResponse, validatorFor: ValidatorFor): Violation[] {
  const media = mediaTypeOf(res);
  if (media !== 'application/problem+json') return [{ rule: '4xx is not application/problem+json', detail: media }];
  const parsed = parseJson(res.body);
  if (!parsed.ok) return [{ rule: 'problem body is not JSON', detail: '' }];
  const body = parsed.value as Record<string, unknown> | null;
  const missing = ['type', 'title', 'detail'].filter((k) => typeof body?.[k] !== 'string');
  const found: Violation[] = [];
  if (missing.length > 0) found.push({ rule: 'problem lacks fields', detail: missing.join(', ') });
  if (body?.status !== res.statusCode) found.push({ rule: 'problem status differs from the HTTP status', detail: String(body?.status) });
  if (r.mustBeUnauthorized && res.statusCode !== 401) found.push({ rule: 'admin route asked without a key: not 401', detail: String(body?.type) });
  const validate = validatorFor(r.op, res.statusCode, media);
  if (validate && !validate(body)) found.push({ rule: 'problem does not match the documented schema', detail: schemaErrors(validate.errors) });
  return found;
}

// '.' and '..' (also written %2E) are dot segments: URL resolution removes them before any router sees the path
// (RFC 3986 5.2.4; the WHATWG URL parser inject uses does), so '/v1/bilateral/../%2E%2E' is '/', another resource.
const DOT_SEGMENT = /^(\.|%2e){1,2}$/i;
const resolvesElsewhere = (r: FuzzRequest) =>
  r.path
    .split('?')[0]!
    .split('/')
    .some((segment) => DOT_SEGMENT.test(segment));

function successViolations(r: FuzzRequest, res: LightMyRequestResponse, validatorFor: ValidatorFor): Violation[] {
  if (resolvesElsewhere(r)) return [];
  if (r.mustBeUnauthorized) return [{ rule: 'admin route asked without a key: not 401', detail: '' }];
  const documented = r.op.responses[String(res.statusCode)]?.content;
  if (!documented) return [{ rule: 'success status not documented', detail: '' }];
  const media = mediaTypeOf(res);
  if (!(media in documented)) return [{ rule: 'media type not documented for this status', detail: media }];
  const asked = askedFor(r);
  if (asked !== undefined && asked in documented && media !== asked)
    return [{ rule: 'answered another media type than asked for', detail: `${asked} -> ${media}` }];
  if (media === 'text/csv') return res.body.length > 0 ? [] : [{ rule: 'CSV answer without a header row', detail: '' }];
  // Other text (Prometheus metrics) is a string to the document; only JSON has a shape to check.
  if (!isJson(media)) return [];
  const parsed = parseJson(res.body);
  if (!parsed.ok) return [{ rule: 'JSON answer is not JSON', detail: media }];
  const validate = validatorFor(r.op, res.statusCode, media);
  return validate && !validate(parsed.value) ? [{ rule: 'answer does not match the documented schema', detail: schemaErrors(validate.errors) }] : [];
}

/** A 5xx by its title: the one thing a problem from the error handler says about its cause. */
function titleOf(body: string): string {
  const parsed = parseJson(body);
  return parsed.ok ? String((parsed.value as { title?: unknown } | null)?.title) : body.slice(0, 80);
}

/** Everything wrong with one answer, by the document's promises and the API's own (never a 5xx; every 4xx a problem). */
export function violations(r: FuzzRequest, res: LightMyRequestResponse, validatorFor: ValidatorFor): Violation[] {
  const status = res.statusCode;
  if (status >= 500) return [{ rule: 'server error', detail: titleOf(res.body) }];
  if (status >= 400) return problemViolations(r, res, validatorFor);
  if (status >= 200 && status < 300) return successViolations(r, res, validatorFor);
  return [{ rule: 'neither a success nor an error', detail: String(status) }];
}

import { readFileSync } from 'node:fs';
import { projectFile } from '../paths.js';
import { PROBLEM_EXAMPLES } from '../schemas/problem-examples.js';

/**
 * The last touches on the generated OpenAPI document, for what the zod-to-JSON-Schema step leaves
 * behind: real answers as the 200 examples, no component nobody references (each schema's unused
 * "…Input" twin), and no ±2^53 bounds on integers that only say "a JavaScript number".
 */

/** openapi/examples.json: per operationId, the pre-filled request and what a new start answers (src/cli/openapi-examples.ts writes it). */
export const EXAMPLES_FILE = projectFile('openapi/examples.json');
export type ResponseExamples = Record<string, { request: string; value: unknown }>;

function readExamples(): ResponseExamples {
  try {
    return JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8')) as ResponseExamples;
  } catch {
    // A checkout without the file (before the first `npm run openapi:export`): schema-shaped examples only.
    return {};
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const SAFE = Number.MAX_SAFE_INTEGER;

/** Integers zod bounds by ±(2^53 − 1): the bounds say nothing to a reader; real bounds (years, limits) stay. */
function dropSafeIntegerBounds(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(dropSafeIntegerBounds);
  if (!isObject(node)) return;
  if (node.minimum === -SAFE) delete node.minimum;
  if (node.maximum === SAFE) delete node.maximum;
  Object.values(node).forEach(dropSafeIntegerBounds);
}

/** Components no path (or other used component) references. */
function dropUnusedComponents(doc: Json): void {
  const schemas = (doc.components as Json | undefined)?.schemas as Json | undefined;
  if (!schemas) return;
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      const name = ref.slice('#/components/schemas/'.length);
      if (!used.has(name)) {
        used.add(name);
        visit(schemas[name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(doc.paths);
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}

/** The 200s: what a new start answers (openapi/examples.json); the problems: one per status (schemas/problem-examples.ts). */
function addExamples(doc: Json, examples: ResponseExamples): void {
  for (const methods of Object.values((doc.paths ?? {}) as Record<string, Record<string, Json>>)) {
    for (const op of Object.values(methods)) {
      for (const [status, response] of Object.entries((op.responses ?? {}) as Record<string, { content?: Record<string, Json> }>)) {
        const json = response.content?.['application/json'];
        const example = examples[op.operationId as string];
        if (status === '200' && json && example) json.example = example.value;
        const problem = response.content?.['application/problem+json'];
        if (problem && PROBLEM_EXAMPLES[Number(status)]) problem.example = PROBLEM_EXAMPLES[Number(status)];
      }
    }
  }
}

const header = (description: string, type: 'string' | 'integer' = 'string') => ({ description, schema: { type } });

/** The answer headers clients use, written once (components.headers) and referenced where they are sent. */
const HEADERS = {
  'X-Request-Id': header("This request's id (your own X-Request-Id if you sent a valid one); a problem's `instance` quotes it"),
  ETag: header('Validator of this answer: send it back in If-None-Match for a 304 while the data has not changed'),
  'Cache-Control': header('How long caches may keep the answer (CACHE_MAX_AGE_SECONDS), revalidated by ETag'),
  'RateLimit-Limit': header('Requests allowed per window for this API key or address', 'integer'),
  'RateLimit-Remaining': header('Requests left in the current window', 'integer'),
  'RateLimit-Reset': header('Seconds until the window resets', 'integer'),
  Link: header('`<url>; rel="next"`: the next page, the same as `page.next` as a cursor'),
  Location: header('The URL of what was created'),
  'Retry-After': header('Seconds to wait before trying again', 'integer'),
};
type HeaderName = keyof typeof HEADERS;

/** Which headers each response carries: what the plugins send (rate limit, caching, request ids, paging). */
function addHeaders(doc: Json): void {
  (doc.components as Json).headers = HEADERS;
  for (const [path, methods] of Object.entries((doc.paths ?? {}) as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(methods)) {
      const paged = ((op.parameters ?? []) as { name: string }[]).some((p) => p.name === 'cursor');
      for (const [status, response] of Object.entries((op.responses ?? {}) as Record<string, Json>)) {
        const names: HeaderName[] = ['X-Request-Id'];
        // /health, /ready and /metrics are exempt from the rate limit.
        if (path.startsWith('/v1/') || path.startsWith('/problems/')) names.push('RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset');
        if (path.startsWith('/v1/') && method === 'get' && status === '200') names.push('ETag', 'Cache-Control');
        if (paged && status === '200') names.push('Link');
        if (status === '201') names.push('Location');
        if (status === '429' || status === '503') names.push('Retry-After');
        response.headers = Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
      }
    }
  }
}

/** Called once per app (Swagger caches the document), so the examples are read when it is made. */
export function finishDocument<T extends object>(doc: T): T {
  const json = doc as Json;
  dropSafeIntegerBounds(json.paths);
  dropSafeIntegerBounds(json.components);
  dropUnusedComponents(json);
  addExamples(json, readExamples());
  addHeaders(json);
  return doc;
}

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

/**
 * What a property of a given name means wherever it appears without a description of its own: the
 * project's vocabulary, written once (a field described in its schema keeps its own words).
 */
const FIELD_DESCRIPTIONS: Record<string, string> = {
  name: 'Name, in English',
  value: 'US dollars (not millions); null where nothing is known, never 0 for missing',
  data: 'The items of this answer, in order',
  source: 'Source id (GET /v1/sources); "a+b" where a figure combines two sources',
  unit: 'The currency of every value: USD, US dollars',
  estimated: 'True if the figure, or any figure it is computed from, is an estimate',
  year: 'Calendar year',
  id: 'Identifier, as the routes take it',
  url: "The publisher's web address, where there is one",
  measure: 'Which figure: total (exports + imports), exports or imports',
  rank: '1 for the largest, by value; ties by code',
  group: 'Group id (GET /v1/groups)',
  note: 'How the value or entity came about, where that needs saying',
  notes: 'What a reader must know about the figures',
  description: 'What it is, in a sentence',
  format: 'The file format of the import (GET /docs: POST /v1/imports)',
  fileName: 'The file name as uploaded or given to the command line; null for a body without one',
  startedAt: 'When the import started (UTC)',
  title: 'A short, fixed summary of the problem type',
  detail: 'What went wrong in this request, and how to fix it',
  in: 'Where the parameter is: path, query, header or body',
  message: 'What is wrong with it, and what is accepted',
  applied: 'Migrations applied to the database',
  expected: 'Migrations this build ships',
  basis: 'reporter, mirror or turnover (docs/definitions.md, "Basis")',
  start: 'The first year of the span and its value',
  end: 'The last year of the span and its value',
  yoy: 'Each year of the span with its value and YoY % (0-100 scale, may exceed 100 or be negative)',
  gapPct: 'Gap as a percentage of the reported value (0-100 scale, may exceed 100 or be negative); null where reported is missing or zero',
  cifFobRatio: 'CIF value / FOB value (about 1.05-1.10 typically); null where either is missing or FOB is zero',
  within: 'The group id partners were limited to; null for all partners',
  intraSharePct: "0-100: intra-group trade as a share of the members' total exports; null where the total is zero",
  members: 'The members of the group in that year',
  reason: 'Why the row was rejected',
  publisher: 'Who publishes the data',
  license: 'The terms the data may be used under',
};

function describeFields(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(describeFields);
  if (!isObject(node)) return;
  if (isObject(node.properties)) {
    for (const [name, property] of Object.entries(node.properties)) {
      if (!isObject(property) || property.$ref !== undefined) continue;
      if (property.description === undefined && FIELD_DESCRIPTIONS[name]) property.description = FIELD_DESCRIPTIONS[name];
      // Every percentage says its scale: 29 means 29%, not 0.29.
      if (/(^pct|Pct)$/.test(name) && typeof property.description === 'string' && !property.description.includes('0-100')) {
        property.description = `${property.description} In percent, 0-100 scale (29 is 29%; growth may exceed 100 or be negative).`;
      }
    }
  }
  Object.values(node).forEach(describeFields);
}

/** Called once per app (Swagger caches the document), so the examples are read when it is made. */
export function finishDocument<T extends object>(doc: T): T {
  const json = doc as Json;
  dropSafeIntegerBounds(json.paths);
  dropSafeIntegerBounds(json.components);
  describeFields(json.components);
  describeFields(json.paths);
  dropUnusedComponents(json);
  sortComponents(json);
  addExamples(json, readExamples());
  addHeaders(json);
  return doc;
}

/**
 * Components by name: zod lists them in the order their modules were first imported, which differs
 * between `npm run openapi:export` and a process that imported the analytics first (the test suites),
 * and the committed document must not depend on it.
 */
function sortComponents(doc: Json): void {
  const components = doc.components as Json | undefined;
  const schemas = components?.schemas as Json | undefined;
  if (!components || !schemas) return;
  components.schemas = Object.fromEntries(
    Object.keys(schemas)
      .sort()
      .map((name) => [name, schemas[name]]),
  );
}

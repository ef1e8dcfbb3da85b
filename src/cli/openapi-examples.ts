import { readFile, writeFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { buildApp } from '../build-app.js';
import { parseConfig } from '../config.js';
import { EXAMPLES_FILE, type ResponseExamples } from '../plugins/openapi-document.js';

type Parameter = { name: string; in: string; example?: unknown; schema?: { example?: unknown } };
type Operation = { operationId?: string; parameters?: Parameter[]; responses: Record<string, { content?: Record<string, unknown> }> };
export type OpenApiPaths = Record<string, Record<string, Operation>>;

const exampleOf = (p: Parameter) => p.example ?? p.schema?.example;

/** The request Swagger UI's Try it out sends for an operation left as it is: every parameter with an example, filled in. */
export function prefilledRequest(path: string, op: Operation): string {
  const params = op.parameters ?? [];
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
    String(exampleOf(params.find((p) => p.in === 'path' && p.name === name) ?? { name, in: 'path' })),
  );
  const query = new URLSearchParams(
    params.filter((p) => p.in === 'query' && exampleOf(p) !== undefined).map((p): [string, string] => [p.name, String(exampleOf(p))]),
  );
  return query.size > 0 ? `${url}?${query.toString()}` : url;
}

/**
 * Each GET operation's 200 example, as a new user's first start answers its pre-filled request: the
 * app on a new embedded database with the demo data. Real answers, not shapes filled with "string"
 * (test/openapi-examples.test.ts asks again and compares).
 */
export async function generateExamples(paths: OpenApiPaths): Promise<string> {
  // No load shedding and no rate limit: a busy machine (CI runs checks side by side) must not turn an example into a 503.
  const config = {
    ...parseConfig({ DATABASE_URL: 'memory://' }),
    logLevel: 'silent' as const,
    maxEventLoopDelayMs: 0,
    rateLimit: { max: 1_000_000, windowMs: 60_000 },
  };
  const app = await buildApp({ config });
  const examples: ResponseExamples = {};
  try {
    for (const [path, methods] of Object.entries(paths)) {
      const op = methods.get;
      if (!op?.operationId || !op.responses['200']?.content?.['application/json']) continue;
      const request = prefilledRequest(path, op);
      const res = await app.inject(request);
      if (res.statusCode !== 200) throw new Error(`${request}: ${res.statusCode} ${res.body}`);
      examples[op.operationId] = { request, value: res.json() };
    }
  } finally {
    await app.close();
  }
  return `${JSON.stringify(examples, null, 2)}\n`;
}

const readCommitted = async (): Promise<ResponseExamples> => JSON.parse(await readFile(EXAMPLES_FILE, 'utf8').catch(() => '{}')) as ResponseExamples;
const sameButMoments = (a: unknown, b: unknown) => isDeepStrictEqual(withoutMoments(a), withoutMoments(b));

/** Whether the committed examples are what generateExamples gives now, ignoring what changes with every start. */
export async function examplesCurrent(paths: OpenApiPaths): Promise<boolean> {
  return sameButMoments(await readCommitted(), JSON.parse(await generateExamples(paths)));
}

/**
 * Writes the examples, unless the committed ones differ only in their instants: an export with
 * nothing new then changes no file (the document and the client types carry these examples).
 */
export async function writeExamples(paths: OpenApiPaths): Promise<void> {
  const generated = await generateExamples(paths);
  if (sameButMoments(await readCommitted(), JSON.parse(generated))) return;
  await writeFile(EXAMPLES_FILE, generated);
}

/** Instants (a release's startedAt, finishedAt) differ on every start: compared as "an instant". */
export function withoutMoments(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value)) return '<instant>';
  if (Array.isArray(value)) return value.map(withoutMoments);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutMoments(v)]));
  return value;
}

import { readFileSync } from 'node:fs';
// ajv 8 is not a direct dependency: it is the validator fastify and @seriousme/openapi-schema-validator
// depend on, hoisted to node_modules/ajv. The 2020 build because OpenAPI 3.1 schemas are JSON Schema 2020-12.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/** The committed document: the contract clients read, which the fuzz test holds the app to (not the zod schemas behind it). */
export const OPENAPI_FILE = new URL('../../openapi/openapi.json', import.meta.url);

export type ParamSchema = {
  type?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  example?: unknown;
};

export type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema: ParamSchema };

type MediaTypes = Record<string, { schema?: object }>;

type RawOperation = {
  parameters?: Parameter[];
  security?: unknown[];
  requestBody?: { content: MediaTypes };
  responses: Record<string, { content?: MediaTypes }>;
};

export type Document = { paths: Record<string, Record<string, RawOperation>> };

export type Operation = RawOperation & {
  /** `GET /v1/flows`: how failures and counts name it. */
  name: string;
  method: string;
  path: string;
  parameters: Parameter[];
};

export function readDocument(): Document {
  return JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as Document;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

export function operationsOf(doc: Document): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, op]) => ({ ...op, name: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, parameters: op.parameters ?? [] })),
  );
}

// RFC 3339 date-time (the only format the document uses), and a real instant: not 2026-02-30 or 25:00.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
function isDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 61;
}

// JSON pointer escaping, then URI escaping: the pointer travels in a $ref fragment and path templates hold braces.
const pointerSegment = (s: string) => encodeURIComponent(s.replaceAll('~', '~0').replaceAll('/', '~1'));

/**
 * The schema a response of `op` with `status` and `mediaType` must match, compiled once; undefined
 * when the document promises no such response. The whole document is registered so that the
 * `#/components/schemas/...` references inside a response schema resolve as they do for a client.
 */
export function responseValidators(doc: Document): (op: Operation, status: number, mediaType: string) => ValidateFunction | undefined {
  // strict: false because OpenAPI adds keywords JSON Schema does not know (example, and the document's own fields).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date-time', isDateTime);
  ajv.addSchema(doc, 'openapi.json');
  const cache = new Map<string, ValidateFunction | undefined>();
  return (op, status, mediaType) => {
    const key = `${op.name} ${status} ${mediaType}`;
    if (!cache.has(key)) {
      const documented = op.responses[String(status)]?.content?.[mediaType]?.schema !== undefined;
      const pointer = ['paths', op.path, op.method.toLowerCase(), 'responses', String(status), 'content', mediaType, 'schema'].map(pointerSegment).join('/');
      cache.set(key, documented ? ajv.compile({ $ref: `openapi.json#/${pointer}` }) : undefined);
    }
    return cache.get(key);
  };
}

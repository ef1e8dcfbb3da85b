import type { FastifyInstance } from 'fastify';
import type { Pools } from './arbitraries.js';
import { FORGED_CURSORS } from './cursors.js';
import type { Operation, Parameter } from './openapi-document.js';
import { assemble, send, type Entry, type FuzzRequest } from './requests.js';
import { HOSTILE_SAMPLE, NEAR_VALID, YEAR_PARAMS, boundariesOf, kindOf } from './values.js';

/**
 * The systematic half of the fuzzing: every listed boundary, nearly valid and hostile value tried
 * once on every parameter of every operation, each time in an otherwise valid request, so that a
 * value reaches as far into the service as it can. Random sampling alone hits a given value on a
 * given parameter only now and then; a bug found once must be found on every run.
 */

const component = (name: string, value: string): Entry => ({ name, value, style: 'component' });

/** The example the document gives, else the first enum value or the minimum: the document's own idea of a valid value. */
function exampleOf(p: Parameter): string | undefined {
  const s = p.schema;
  if (typeof s.example === 'string' || typeof s.example === 'number') return String(s.example);
  if (s.enum) return s.enum[0];
  if (s.type === 'integer') return String(s.minimum ?? 1);
  return undefined;
}

const param = (op: Operation, name: string) => op.parameters.find((p) => p.in === 'query' && p.name === name);

/** A request of the sweep; on a route that takes a body, with an empty one of a type it takes, so that only the parameters can be wrong. */
function sweepRequest(op: Operation, path: Entry[], query: Entry[], extra: string[] = []): FuzzRequest {
  const bodyType = Object.keys(op.requestBody?.content ?? {})[0];
  const headers: Record<string, string> = bodyType === undefined ? {} : { 'content-type': bodyType };
  return { ...assemble(op, { path, query, extra, headers }), op, mustBeUnauthorized: false, ...(bodyType === undefined ? {} : { payload: '' }) };
}

/** The query of the simplest request that succeeds (or, on an admin route, gets as far as asking for a key). */
async function baselineQuery(app: FastifyInstance, op: Operation, path: Entry[]): Promise<Entry[]> {
  const required = op.parameters.filter((p) => p.in === 'query' && p.required).flatMap((p) => (exampleOf(p) ? [component(p.name, exampleOf(p)!)] : []));
  const years = [[], ['year'], ['from', 'to']].filter((names) => names.every((n) => param(op, n)));
  const candidates = years.map((names) => [...required, ...names.map((n) => component(n, exampleOf(param(op, n)!)!))]);
  for (const query of candidates) {
    const res = await send(app, sweepRequest(op, path, query));
    if (res.statusCode < 300 || res.statusCode === 401) return query;
  }
  return candidates[0] ?? [];
}

function listedValuesOf(op: Operation, p: Parameter, pools: Pools): string[] {
  const kind = kindOf(op.path, p);
  const cursors = kind === 'cursor' ? [...FORGED_CURSORS, ...(pools.cursors.get(op.path) ?? [])] : [];
  return [...new Set([...(NEAR_VALID[kind] ?? []), ...boundariesOf(p), ...HOSTILE_SAMPLE, ...cursors])];
}

/** The baseline's query with `p` set to `value`, keeping the years coherent: year alone, or from with to. */
function withValue(op: Operation, query: Entry[], p: Parameter, value: string): Entry[] {
  const partner = p.name === 'from' ? 'to' : p.name === 'to' ? 'from' : undefined;
  const kept = query.filter((e) => e.name !== p.name && !(YEAR_PARAMS.includes(p.name) && YEAR_PARAMS.includes(e.name)));
  const companion = partner && param(op, partner) ? [query.find((e) => e.name === partner) ?? component(partner, exampleOf(param(op, partner)!)!)] : [];
  return [...kept, ...companion, component(p.name, value)];
}

export async function sweepRequests(app: FastifyInstance, op: Operation, pools: Pools): Promise<FuzzRequest[]> {
  const path = op.parameters.filter((p) => p.in === 'path').map((p) => component(p.name, exampleOf(p) ?? 'x'));
  const query = await baselineQuery(app, op, path);
  const requests = op.parameters.flatMap((p) =>
    listedValuesOf(op, p, pools).map((value) =>
      p.in === 'path'
        ? sweepRequest(
            op,
            path.map((e) => (e.name === p.name ? component(p.name, value) : e)),
            query,
          )
        : sweepRequest(op, path, withValue(op, query, p, value)),
    ),
  );
  // And each of the baseline's parameters twice, and a misspelt one.
  requests.push(...query.map((e) => sweepRequest(op, path, [...query, e])), sweepRequest(op, path, query, ['yaer=2022']));
  return requests;
}

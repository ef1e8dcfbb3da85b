import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { anyValueOf, hostileText, nearValidValueOf, validValueOf, type Pools } from './arbitraries.js';
import { encode, style, ODD_ENCODINGS, ODD_PATH_VALUES, type Style } from './encoding.js';
import type { Operation, Parameter } from './openapi-document.js';
import { YEAR_PARAMS } from './values.js';

/** One generated request, kept in parts so that a failing one can be cut down to what makes it fail. */
export type FuzzRequest = {
  op: Operation;
  /** The path with its parameters filled in, already encoded. */
  path: string;
  /** `name=value` pieces of the query string, already encoded, in order. */
  pieces: string[];
  headers: Record<string, string>;
  payload?: string;
  /** An admin route asked with valid parameters and no valid key: 401 is the only right answer. */
  mustBeUnauthorized: boolean;
};

export const urlOf = (r: FuzzRequest) => (r.pieces.length > 0 ? `${r.path}?${r.pieces.join('&')}` : r.path);

export const send = (app: FastifyInstance, r: FuzzRequest) =>
  app.inject({ method: r.op.method as 'GET', url: urlOf(r), headers: r.headers, ...(r.payload === undefined ? {} : { payload: r.payload }) });

/** A parameter's value before it is put in the URL: the text, and how it gets encoded. */
export type Entry = { name: string; value: string; style: Style };
export type Parts = { path: Entry[]; query: Entry[]; extra: string[]; headers: Record<string, string> };

const UNKNOWN_NAMES = ['yaer', 'foo', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', '', 'YEAR', 'Limit', 'year[]', 'limit[0]', 'a[b]'];
const MORE_NAMES = ['callback', 'api_key', 'sort', 'fields', 'page', 'offset', 'reporter ', ' year', 'format\u0000', 'q\u200b'];

const ACCEPT = [
  'application/json',
  'text/csv',
  '*/*',
  'text/*',
  'text/html',
  'application/xml',
  'application/problem+json',
  'text/csv;q=0.5, application/json',
  'garbage;;;',
  '',
];

/** Authorization headers that are no valid key: none, malformed, wrong scheme, made up. Never a real key. */
const AUTHORIZATION = ['Bearer', 'Bearer ', 'Bearer x', 'bearer  tok  ', 'Bearer a b', 'Basic dXNlcjpwYXNz', 'Token x', `Bearer ${'A'.repeat(10_000)}`];
const authorization = fc.option(
  fc.oneof(
    fc.constantFrom(...AUTHORIZATION),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 80 }).map((s) => `Bearer ${s}`),
  ),
  { nil: undefined },
);
const PAYLOADS = ['reporter,partner,year,flow,commodity,value_usd\nKAZ,UZB,2022,export,TOTAL,1\n', '', 'garbage', '\u0000\u0001\u0002', 'x'.repeat(10_000)];

// Absent in about `absent` requests of `absent + 1`.
const sometimes = <T>(arb: fc.Arbitrary<T>, absent: number) => fc.oneof({ arbitrary: fc.constant(undefined), weight: absent }, { arbitrary: arb, weight: 1 });
const present = <T>(values: (T | undefined)[]) => values.filter((v): v is T => v !== undefined);

const entry = (p: Parameter, value: fc.Arbitrary<string>, how: fc.Arbitrary<Style> = fc.constant('component')) =>
  fc.tuple(value, how).map(([v, s]): Entry => ({ name: p.name, value: v, style: s }));

export function assemble(op: Operation, parts: Parts): Omit<FuzzRequest, 'op' | 'mustBeUnauthorized'> {
  const path = parts.path.reduce((path, e) => path.replace(`{${e.name}}`, encode(e.value, e.style, true)), op.path);
  const pieces = [...parts.query.map((e) => `${encode(e.name, e.style, false)}=${encode(e.value, e.style, false)}`), ...parts.extra];
  return { path, pieces, headers: parts.headers };
}

/**
 * The years of a valid request: `year`, or `from` and `to` in order, or none (the descriptions say
 * so; the schemas cannot). Independent choices would make most "valid" requests a 400 for giving both.
 */
function validYears(op: Operation): fc.Arbitrary<Entry[]> {
  const names = new Set(op.parameters.filter((p) => p.in === 'query' && YEAR_PARAMS.includes(p.name)).map((p) => p.name));
  const year = fc.integer({ min: 2000, max: 2022 });
  const at = (name: string, y: number): Entry => ({ name, value: String(y), style: 'component' });
  const choices: fc.WeightedArbitrary<Entry[]>[] = [{ arbitrary: fc.constant([]), weight: 1 }];
  if (names.has('year')) choices.push({ arbitrary: year.map((y) => [at('year', y)]), weight: 2 });
  if (names.has('from') && names.has('to')) {
    choices.push({ arbitrary: fc.tuple(year, year).map(([a, b]) => [at('from', Math.min(a, b)), at('to', Math.max(a, b))]), weight: 2 });
  }
  return fc.oneof(...choices);
}

/** A request the document says is right: valid values for the path and a few query parameters, properly encoded. */
function validParts(op: Operation, pools: Pools): fc.Arbitrary<Parts> {
  const inPath = op.parameters.filter((p) => p.in === 'path');
  const inQuery = op.parameters.filter((p) => p.in === 'query' && !YEAR_PARAMS.includes(p.name));
  const value = (p: Parameter) => entry(p, validValueOf(op.path, p, pools));
  return fc.record({
    path: fc.tuple(...inPath.map(value)),
    query: fc
      .tuple(validYears(op), fc.tuple(...inQuery.map((p) => (p.required ? value(p) : sometimes(value(p), 3)))))
      .map(([years, rest]) => [...years, ...present(rest)]),
    extra: fc.constant([]),
    headers: sometimes(fc.constantFrom('application/json', 'text/csv', '*/*'), 2).map((accept): Record<string, string> => (accept ? { accept } : {})),
  });
}

/** A valid request with one parameter changed to a value that is nearly valid, on a boundary, or hostile: the deepest a bad value gets. */
function mutantParts(op: Operation, pools: Pools): fc.Arbitrary<Parts> {
  if (op.parameters.length === 0) return validParts(op, pools);
  return fc.tuple(validParts(op, pools), fc.constantFrom(...op.parameters)).chain(([parts, p]) =>
    entry(p, fc.oneof({ arbitrary: nearValidValueOf(op.path, p, pools), weight: 2 }, anyValueOf(op.path, p, pools)), style).map((changed): Parts => {
      if (p.in === 'path') return { ...parts, path: parts.path.map((e) => (e.name === p.name ? changed : e)) };
      return { ...parts, query: [...parts.query.filter((e) => e.name !== p.name), changed] };
    }),
  );
}

/** Anything: boundary and hostile values, odd encodings, unknown and repeated parameters, strange Accept headers. */
function hostileParts(op: Operation, pools: Pools, allNames: string[]): fc.Arbitrary<Parts> {
  const inPath = op.parameters.filter((p) => p.in === 'path');
  const inQuery = op.parameters.filter((p) => p.in === 'query');
  const pathEntry = (p: Parameter) =>
    fc.oneof({ arbitrary: entry(p, anyValueOf(op.path, p, pools), style), weight: 6 }, entry(p, fc.constantFrom(...ODD_PATH_VALUES), fc.constant('verbatim')));
  const queryEntry = (p: Parameter) => entry(p, anyValueOf(op.path, p, pools), style);
  const unknownName = fc.oneof(
    fc.constantFrom(...UNKNOWN_NAMES, ...MORE_NAMES, ...allNames),
    fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
    hostileText,
  );
  const unknownEntry = fc
    .tuple(unknownName, fc.oneof(fc.constantFrom('1', '2022', 'KAZ', ''), hostileText), style)
    .map(([name, value, s]) => ({ name, value, style: s }));
  // Pieces no encoder writes: odd percent signs, a name without '=', a value without a name, '&&'.
  const oddPieces: fc.Arbitrary<string[]> =
    inQuery.length === 0
      ? fc.constant([])
      : fc.oneof(
          fc.tuple(fc.constantFrom(...inQuery), fc.constantFrom(...ODD_ENCODINGS)).map(([p, odd]) => [`${p.name}=${odd}`]),
          fc.constantFrom(...inQuery).map((p) => [p.name]),
          fc.constantFrom(...inQuery).map((p) => [`${p.name}==`, `=${p.name}`]),
          fc.constant<string[]>(['', '&']),
        );
  // ?year=1&year=2: the same parameter twice, the second value valid on its own.
  const repeated: fc.Arbitrary<Entry[]> =
    inQuery.length === 0 ? fc.constant([]) : fc.constantFrom(...inQuery).chain((p) => fc.tuple(queryEntry(p), entry(p, validValueOf(op.path, p, pools))));
  return fc
    .record({
      path: fc.tuple(...inPath.map(pathEntry)),
      own: fc.tuple(...inQuery.map((p) => (p.required ? fc.option(queryEntry(p), { freq: 8, nil: undefined }) : sometimes(queryEntry(p), 2)))),
      unknown: sometimes(fc.array(unknownEntry, { minLength: 1, maxLength: 2 }), 2),
      repeated: sometimes(repeated, 4),
      extra: sometimes(oddPieces, 4),
      accept: sometimes(fc.constantFrom(...ACCEPT), 1),
    })
    .chain(({ path, own, unknown, repeated, extra, accept }) => {
      const query = [...present(own), ...(unknown ?? []), ...(repeated ?? [])];
      return fc
        .shuffledSubarray(query, { minLength: query.length, maxLength: query.length })
        .map((shuffled): Parts => ({ path, query: shuffled, extra: extra ?? [], headers: accept === undefined ? {} : { accept } }));
    });
}

/**
 * Requests for one operation. Reading routes get valid, mutated and hostile requests; a route that
 * needs an API key is asked without one (this test has none to give), with a body of a type it
 * takes, and must then refuse with 401 whenever the parameters are valid.
 */
export function requestsFor(op: Operation, pools: Pools, allNames: string[]): fc.Arbitrary<FuzzRequest> {
  const parts = fc.oneof(
    { arbitrary: validParts(op, pools).map((p) => ({ parts: p, valid: true })), weight: 2 },
    { arbitrary: mutantParts(op, pools).map((p) => ({ parts: p, valid: false })), weight: 2 },
    { arbitrary: hostileParts(op, pools, allNames).map((p) => ({ parts: p, valid: false })), weight: 2 },
  );
  if ((op.security ?? []).length === 0) return parts.map(({ parts }) => ({ ...assemble(op, parts), op, mustBeUnauthorized: false }));
  const bodyTypes = Object.keys(op.requestBody?.content ?? { 'application/octet-stream': {} });
  return fc.tuple(parts, fc.constantFrom(...bodyTypes), authorization, fc.constantFrom(...PAYLOADS)).map(([{ parts, valid }, contentType, auth, payload]) => {
    const r = assemble(op, parts);
    const headers = { ...r.headers, 'content-type': contentType, ...(auth === undefined ? {} : { authorization: auth }) };
    return { ...r, op, headers, payload, mustBeUnauthorized: valid };
  });
}

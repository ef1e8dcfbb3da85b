import type { FastifyReply, FastifyRequest } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import { invalidParameter } from '../problem.js';

/** Cursors are opaque to clients: base64url of the last row's sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends unknown[]>(cursor: string | undefined, isKey: (v: unknown) => v is T): T | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!isKey(key)) throw invalidParameter('query', 'cursor', 'is not a cursor this API issued; pass page.next from the previous page unchanged');
  return key;
}

/** Queries fetch limit + 1 rows: the extra one only says whether a next page exists. */
export function paginate<T>(rows: T[], limit: number, keyOf: (row: T) => unknown[]) {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  const next = rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null;
  return { data, page: { limit, next } };
}

export function wantsCsv(request: FastifyRequest, format: 'json' | 'csv' | undefined): boolean {
  if (format !== undefined) return format === 'csv';
  return request.accepts().type(['application/json', 'text/csv']) === 'text/csv';
}

/** RFC 8288 link to the next page, so CSV consumers can page too. */
export function linkNextPage(request: FastifyRequest, reply: FastifyReply, next: string | null): void {
  if (next === null) return;
  const url = new URL(request.url, 'http://placeholder');
  url.searchParams.set('cursor', next);
  reply.header('Link', `<${url.pathname}${url.search}>; rel="next"`);
}

export function sendCsv(reply: FastifyReply, records: Record<string, unknown>[], columns: string[]) {
  return reply.type('text/csv; charset=utf-8').send(stringify(records, { header: true, columns, cast: { boolean: (b) => String(b) } }));
}

/** One page of a collection as a service answers it: the JSON body, and the same rows flat for CSV. */
export type PageAnswer<Body extends { page: { next: string | null } }> = { body: Body; csvRecords: () => Record<string, unknown>[] };

/**
 * Sends a page: the next page's Link header either way, then CSV (when `format` or Accept asks for
 * it, in `columns` order) or the JSON body.
 */
export function sendPage<Body extends { page: { next: string | null } }>(
  request: FastifyRequest,
  reply: FastifyReply,
  format: 'json' | 'csv' | undefined,
  answer: PageAnswer<Body>,
  columns: string[],
) {
  linkNextPage(request, reply, answer.body.page.next);
  return wantsCsv(request, format) ? sendCsv(reply, answer.csvRecords(), columns) : answer.body;
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import type { PageAnswer } from '../services/pages.js';

export function wantsCsv(request: FastifyRequest, format: 'json' | 'csv' | undefined): boolean {
  if (format !== undefined) return format === 'csv';
  // No Accept header admits anything, and JSON comes first: no negotiation to run.
  if (request.headers.accept === undefined) return false;
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

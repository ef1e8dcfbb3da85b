import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageAnswer } from '../services/pages.js';
import { chosenFormat, sendTable, type Format } from './tables.js';

/** RFC 8288 link to the next page, so CSV and NDJSON consumers can page too. */
export function linkNextPage(request: FastifyRequest, reply: FastifyReply, next: string | null): void {
  if (next === null) return;
  const url = new URL(request.url, 'http://placeholder');
  url.searchParams.set('cursor', next);
  reply.header('Link', `<${url.pathname}${url.search}>; rel="next"`);
}

/**
 * Sends a page: the next page's Link header either way, then CSV or NDJSON (when `format` or Accept
 * asks for it, in `columns` order, as `fileName`) or the JSON body. A name built from the request
 * comes as a function, so a JSON answer does not build it.
 */
export function sendPage<Body extends { page: { next: string | null } }>(
  request: FastifyRequest,
  reply: FastifyReply,
  format: Format | undefined,
  answer: PageAnswer<Body>,
  columns: readonly string[],
  fileName: string | (() => string),
) {
  linkNextPage(request, reply, answer.body.page.next);
  const chosen = chosenFormat(request, format);
  return chosen === 'json'
    ? answer.body
    : sendTable(reply, chosen, { columns, records: answer.csvRecords(), fileName: typeof fileName === 'string' ? fileName : fileName() });
}

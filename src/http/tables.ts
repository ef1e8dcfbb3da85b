import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { stringify } from 'csv-stringify';

/** What a route answers in besides JSON: every figure as CSV (RFC 4180) and as NDJSON, one flat row per line. */
export const FORMATS = ['json', 'csv', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];
export const MEDIA_TYPES: Record<Format, string> = { json: 'application/json', csv: 'text/csv', ndjson: 'application/x-ndjson' };

/** A flat table of an answer: its columns in order, its rows, and the file name a download takes. */
export type Table = { columns: readonly string[]; records: Iterable<Record<string, unknown>>; fileName: string };

/** `format` wins; else the Accept header, JSON first (no Accept, or * / *, is JSON). */
export function chosenFormat(request: FastifyRequest, format: Format | undefined): Format {
  if (format !== undefined) return format;
  if (request.headers.accept === undefined) return 'json';
  const type = request.accepts().type(FORMATS.map((f) => MEDIA_TYPES[f]));
  return FORMATS.find((f) => MEDIA_TYPES[f] === type) ?? 'json';
}

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP): such
// text is prefixed with ' so it shows as typed. Numbers (−5) are cast separately and stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;
const safeText = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

// Percentages and ratios in CSV to 6 decimals, for spreadsheets (28.9999999999355 → 29); never in
// JSON or NDJSON, whose numbers are exactly what was computed. Money is never rounded.
const ROUNDED = /(Pct|Ratio)$/;
const csvNumber = (value: number, context: { column?: string | number | undefined }) =>
  typeof context.column === 'string' && ROUNDED.test(context.column) ? String(Number(value.toFixed(6))) : String(value);

/**
 * Sends the table as CSV or NDJSON, streamed row by row (a page of 10,000 flows never becomes one
 * string), with Content-Disposition naming the file.
 */
export function sendTable(reply: FastifyReply, format: Exclude<Format, 'json'>, table: Table) {
  const extension = format === 'csv' ? 'csv' : 'ndjson';
  reply.header('Content-Disposition', `attachment; filename="${table.fileName.replace(/[^\w.-]+/g, '_')}.${extension}"`);
  if (format === 'ndjson') {
    const lines = function* () {
      for (const record of table.records) yield `${JSON.stringify(Object.fromEntries(table.columns.map((c) => [c, record[c] ?? null])))}\n`;
    };
    return reply.type('application/x-ndjson; charset=utf-8').send(Readable.from(lines()));
  }
  const csv = stringify({
    header: true,
    columns: [...table.columns],
    cast: { boolean: (b) => String(b), string: safeText, number: csvNumber },
  });
  // Row by row, as the socket takes them: Readable.from pulls the next record only when there is room.
  return reply.type('text/csv; charset=utf-8').send(Readable.from(table.records).pipe(csv));
}

/** The answer as JSON (the body as it is) or as a table in the format asked for. */
export function sendAnswer<Body>(request: FastifyRequest, reply: FastifyReply, format: Format | undefined, body: Body, table: (body: Body) => Table) {
  const chosen = chosenFormat(request, format);
  return chosen === 'json' ? body : sendTable(reply, chosen, table(body));
}

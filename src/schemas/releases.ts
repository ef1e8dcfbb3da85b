import { z } from 'zod';
import { RELEASE_STATUSES } from '../domain.js';
import { FORMAT_NAMES, type FormatName } from '../ingest/formats/index.js';
import { Page, cursorSchema, formatSchema, idParam, limitSchema, textParam } from './common.js';

export const MAX_RELEASES_LIMIT = 1000;

export const ReleaseSummary = z
  .object({
    id: z.number().int().describe('Release id; flows carry it in `release`, and `asOf` accepts it'),
    source: z.string().meta({ example: 'imf-dots' }),
    format: z.string().meta({ example: 'imf-dots' }),
    fileName: z.string().nullable(),
    sha256: z.string().nullable().describe('SHA-256 of the file as received (compressed or not)'),
    status: z.enum(RELEASE_STATUSES).describe('running while the import runs; completed once committed; failed if it was rolled back (nothing written)'),
    rowsRead: z.number().int().describe('Observations read from the file'),
    inserted: z.number().int().describe('New observations'),
    updated: z.number().int().describe('Observations whose value changed (the old value is kept as a revision)'),
    unchanged: z.number().int().describe('Observations already present with the same value'),
    rejected: z.number().int().describe('Rows refused (on-error=skip), with reasons in rejectedSamples'),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable().describe('When it committed (completed) or gave up (failed)'),
    failureReason: z.string().nullable().describe('Why a failed import failed, as its answer said; null otherwise'),
    apiKey: z
      .object({ id: z.number().int(), name: z.string() })
      .nullable()
      .describe('The API key that made it (POST /v1/imports); null for the command line and the demo data'),
  })
  .meta({ id: 'ReleaseSummary' });

export const RejectedSample = z.object({ line: z.number().int().describe('Line of the file (the header is line 1)'), reason: z.string() });

export const Release = ReleaseSummary.extend({
  rejectedSamples: z.array(RejectedSample).describe('The first rejected rows (100 unless IMPORT_MAX_REJECTED_SAMPLES says otherwise) with line and reason'),
  notes: z.string().nullable(),
}).meta({ id: 'Release' });

export const ReleaseList = z.object({ data: z.array(ReleaseSummary), page: Page }).meta({ id: 'ReleaseList' });

export const ReleaseListQuery = z.strictObject({
  source: textParam(64).optional().describe('Only releases of this source'),
  limit: limitSchema(MAX_RELEASES_LIMIT, 100),
  cursor: cursorSchema,
  format: formatSchema,
});
export type ReleaseListQuery = z.infer<typeof ReleaseListQuery>;

export const ReleaseParams = z.object({
  id: idParam('a release id').meta({ example: 1 }),
});

export const ImportQuery = z.strictObject({
  format: z
    .enum(FORMAT_NAMES as [FormatName, ...FormatName[]], { error: `must be one of ${FORMAT_NAMES.join(', ')}` })
    .describe(
      'canonical (reporter,partner,year,flow,commodity,value_usd,estimated), imf-dots (IMF Direction of Trade, US$ millions), ' +
        'comtrade (UN Comtrade API/bulk CSV), sdmx-csv (IMF IMTS SDMX-CSV). See docs/ingest.md.',
    ),
  source: textParam(64).describe('Source id the figures belong to (GET /v1/sources)').meta({ example: 'imf-dots' }),
  onError: z
    .enum(['abort', 'skip'], { error: 'must be abort or skip' })
    .default('abort')
    .describe('abort (default): one invalid row and nothing is written, the answer lists the rows; skip: good rows load, bad ones are reported'),
  fileName: textParam(255).optional().describe('Name to record for the file'),
});

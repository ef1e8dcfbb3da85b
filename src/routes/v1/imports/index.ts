import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireApiKey } from '../../../http/auth.js';
import type { FormatName } from '../../../ingest/formats/index.js';
import { ImportRejectedError, UnknownSourceError, importFlows } from '../../../ingest/import.js';
import { FileFormatError } from '../../../ingest/staged-row.js';
import { ProblemError } from '../../../problem.js';
import { findRelease } from '../../../queries/releases.js';
import { listSources } from '../../../queries/sources.js';
import { problemResponses } from '../../../schemas/common.js';
import { ImportQuery, Release } from '../../../schemas/releases.js';
import { serializeRelease } from '../releases/index.js';

const BODY_TYPES = ['text/csv', 'text/plain', 'application/gzip', 'application/x-gzip', 'application/octet-stream'];
// Files are streamed, never held in memory; this only bounds what one request may send.
const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

const imports: FastifyPluginAsyncZod = async (app) => {
  // The body reaches the handler as the raw stream: the import parses it as it arrives. Other
  // media types (JSON, forms) are answered 415 by Fastify.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(BODY_TYPES, (_request, payload, done) => done(null, payload));

  app.post(
    '/imports',
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      preHandler: requireApiKey.bind(app),
      schema: {
        tags: ['sources'],
        summary: 'Import a file (admin)',
        description:
          'Streams a CSV file (plain or gzip) in the given format into the database as one release, in one transaction: ' +
          'with onError=abort a single invalid row means nothing is written (422 listing the rows); with onError=skip the good rows load. ' +
          'Values a re-import changes are kept as revisions (see asOf on /v1/flows). Needs `Authorization: Bearer <key>`.',
        security: [{ apiKey: [] }],
        consumes: BODY_TYPES,
        querystring: ImportQuery,
        body: z.unknown().describe('The file: CSV, or gzip-compressed CSV'),
        response: { 201: Release, ...problemResponses(400, 401, 404, 422) },
      },
    },
    async (request, reply) => {
      const { format, source, onError, fileName } = request.query;
      try {
        const summary = await importFlows(app.dbHandle, request.body as Readable, {
          format: format as FormatName,
          source,
          onError,
          fileName: fileName ?? null,
        });
        const release = (await findRelease(app.db, summary.release))!;
        reply.code(201).header('Location', `/v1/releases/${release.id}`);
        return serializeRelease({ ...release, rejectedSamples: summary.rejectedSamples });
      } catch (error) {
        if (error instanceof ImportRejectedError) {
          throw new ProblemError('rejectedRows', error.message.split('\n')[0]!, {
            errors: error.samples.map((s) => ({ in: 'body' as const, name: `line ${s.line}`, message: s.reason })),
            rejected: error.rejected,
          });
        }
        if (error instanceof UnknownSourceError) {
          const known = (await listSources(app.db)).map((s) => s.id);
          throw new ProblemError('unknownSource', `Unknown source '${source}'. Known sources: ${known.join(', ')}.`, {
            errors: [{ in: 'query', name: 'source', message: `unknown source; use one of ${known.join(', ')}` }],
          });
        }
        if (error instanceof FileFormatError) {
          throw new ProblemError('invalidFile', `The file cannot be read as ${format}: ${error.message}.`, {
            errors: [{ in: 'body', name: 'file', message: error.message }],
          });
        }
        throw error;
      }
    },
  );
};

export default imports;

import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireApiKey } from '../../../http/auth.js';
import { answer, problemResponses } from '../../../schemas/common.js';
import { ImportQuery, Release } from '../../../schemas/releases.js';
import { ImportsInFlight, importRelease } from '../../../services/releases.js';

const BODY_TYPES = ['text/csv', 'text/plain', 'application/gzip', 'application/x-gzip', 'application/octet-stream'];
const READABLE_ENCODINGS = new Set(['identity', 'gzip', 'x-gzip']);

const imports: FastifyPluginAsyncZod = async (app) => {
  // The body reaches the handler as the raw stream: the import parses it as it arrives, so Fastify's
  // bodyLimit never applies; the import's own limits (IMPORT_MAX_*) do. Other media types (JSON,
  // forms) are answered 415 by Fastify. The import also reads gzip itself (found by its first bytes,
  // within IMPORT_MAX_DECOMPRESSED_BYTES and IMPORT_MAX_COMPRESSION_RATIO), so a body sent with
  // Content-Encoding: gzip is passed on as sent; another encoding would reach the CSV parser as
  // noise, and is answered 415 too.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(BODY_TYPES, (request, payload, done) => {
    const encoding = request.headers['content-encoding']?.trim().toLowerCase();
    // An empty header names no encoding: the body is as sent.
    if (!encoding || READABLE_ENCODINGS.has(encoding)) return done(null, payload);
    const refusal = new Error(
      `Content-Encoding ${encoding.slice(0, 40)} is not taken here: send the file as it is, or gzip-compressed (Content-Encoding: gzip, or Content-Type: application/gzip).`,
    );
    done(Object.assign(refusal, { statusCode: 415 }), undefined);
  });

  // preClose: once closing, new requests are answered 503 (plugins/shutdown.ts), but server.close()
  // would wait for a running import, and the database would close under it; stopped here, it ends first.
  const inFlight = new ImportsInFlight();
  app.addHook('preClose', () => inFlight.shutDown());

  app.post(
    '/imports',
    {
      preHandler: requireApiKey.bind(app),
      schema: {
        operationId: 'createImport',
        tags: ['admin'],
        summary: 'Import a file (admin)',
        description:
          'Streams a CSV file (plain or gzip; gzip found by its first bytes, so `Content-Encoding: gzip` works too, and other encodings are answered 415) ' +
          'in the given format into the database as one release, in one transaction: ' +
          'with onError=abort a single invalid row means nothing is written (422 listing the rows); with onError=skip the good rows load. ' +
          'Values a re-import changes are kept as revisions (see asOf on /v1/flows). Needs `Authorization: Bearer <key>`.',
        security: [{ apiKey: [] }],
        consumes: BODY_TYPES,
        querystring: ImportQuery,
        body: z.unknown().describe('The file: CSV, or gzip-compressed CSV'),
        response: {
          201: answer('Imported: the release with its inserted, updated, unchanged and rejected counts (Location: its URL)', Release),
          ...problemResponses(400, 401, 404, 406, 413, 415, 422, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const { format, source, onError, fileName } = request.query;
      const release = await inFlight
        .run((signal) =>
          importRelease(app.dbHandle, request.body as Readable, {
            format,
            source,
            onError,
            fileName: fileName ?? null,
            limits: app.config.imports,
            apiKeyId: request.apiKey?.id ?? null,
            signal,
          }),
        )
        // Its release (completed or failed) changes what this process's next answers are made from.
        .finally(() => app.dataVersion.invalidate());
      reply.code(201).header('Location', `/v1/releases/${release.id}`);
      return release;
    },
  );
};

export default imports;

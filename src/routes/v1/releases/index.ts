import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPage } from '../../../http/collections.js';
import { answer, problemResponses, NoQuery, tableAnswer } from '../../../schemas/common.js';
import { Release, ReleaseList, ReleaseListQuery, ReleaseParams } from '../../../schemas/releases.js';
import { releaseById, releasePage } from '../../../services/releases.js';

const RELEASE_CSV_COLUMNS = [
  'id',
  'source',
  'format',
  'fileName',
  'sha256',
  'status',
  'rowsRead',
  'inserted',
  'updated',
  'unchanged',
  'rejected',
  'startedAt',
  'finishedAt',
  'failureReason',
  'apiKeyId',
  'apiKeyName',
];

const releases: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/releases',
    {
      schema: {
        operationId: 'listReleases',
        tags: ['sources'],
        summary: 'List imports (releases)',
        description: 'Every import, newest first, with its file, checksum and counts. A release id is what `asOf` on /v1/flows takes.',
        querystring: ReleaseListQuery,
        response: { 200: tableAnswer('Imports, newest first', ReleaseList), ...problemResponses(400, 406, 429, 503) },
      },
    },
    async (request, reply) => {
      const body = await releasePage(request.reads.db, request.query);
      // The API key flattened into two columns.
      const records = () => body.data.map(({ apiKey, ...release }) => ({ ...release, apiKeyId: apiKey?.id ?? null, apiKeyName: apiKey?.name ?? null }));
      return sendPage(request, reply, request.query.format, { body, csvRecords: records }, RELEASE_CSV_COLUMNS, 'releases');
    },
  );

  app.get(
    '/releases/:id',
    {
      schema: {
        operationId: 'getRelease',
        tags: ['sources'],
        summary: 'One import (release)',
        description: 'A release with its counts and up to 100 rejected rows (line and reason).',
        params: ReleaseParams,
        querystring: NoQuery,
        response: { 200: answer('The import (release) with its counts', Release), ...problemResponses(400, 404, 406, 414, 429, 503) },
      },
    },
    async (request) => releaseById(request.reads.db, request.params.id),
  );
};

export default releases;

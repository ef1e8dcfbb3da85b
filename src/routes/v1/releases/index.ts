import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { decodeCursor, linkNextPage, paginate } from '../../../http/collections.js';
import { listReleases } from '../../../queries/releases.js';
import { problemResponses } from '../../../schemas/common.js';
import { Release, ReleaseList, ReleaseListQuery, ReleaseParams } from '../../../schemas/releases.js';
import { releaseById, serializeRelease } from '../../../services/releases.js';

const isIdKey = (v: unknown): v is [number] => Array.isArray(v) && v.length === 1 && Number.isInteger(v[0]);


const releases: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/releases',
    {
      schema: {
        tags: ['sources'],
        summary: 'List imports (releases)',
        description: 'Every import, newest first, with its file, checksum and counts. A release id is what `asOf` on /v1/flows takes.',
        querystring: ReleaseListQuery,
        response: { 200: ReleaseList, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const { source, limit, cursor } = request.query;
      const before = decodeCursor(cursor, isIdKey)?.[0];
      const page = paginate(await listReleases(app.db, { source, before, limit }), limit, (r) => [r.id]);
      linkNextPage(request, reply, page.page.next);
      return { data: page.data.map(serializeRelease), page: page.page };
    },
  );

  app.get(
    '/releases/:id',
    {
      schema: {
        tags: ['sources'],
        summary: 'One import (release)',
        description: 'A release with its counts and up to 100 rejected rows (line and reason).',
        params: ReleaseParams,
        response: { 200: Release, ...problemResponses(400, 404) },
      },
    },
    async (request) => releaseById(app.db, request.params.id),
  );
};

export default releases;

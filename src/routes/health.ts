import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { answer, problemResponses, NoQuery } from '../schemas/common.js';
import { Health, Readiness } from '../schemas/health.js';
import { readiness } from '../services/readiness.js';

const health: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['health'],
        summary: 'Liveness',
        description: 'Answers 200 while the process runs. Does not touch the database (see /ready).',
        querystring: NoQuery,
        response: { 200: answer('The process is alive', Health), ...problemResponses(400) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['health'],
        summary: 'Readiness',
        description:
          'Answers 200 when the database is reachable and every migration this version ships is applied; 503 otherwise. ' +
          'With read replicas (DATABASE_READ_URL), lists their states: a replica down is no reason for 503 (reads then go to the primary), ' +
          'and with the primary down the answer is still 200 while a replica serves reads, with primary: unreachable.',
        querystring: NoQuery,
        response: { 200: answer('Ready: the database answers and migrations are applied', Readiness), ...problemResponses(400, 503) },
      },
    },
    async (request) => readiness(app.dbHandle, (err) => request.log.warn({ err }, 'readiness check: database unreachable'), app.readRouting),
  );
};

export default health;

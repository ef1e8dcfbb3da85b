import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoQuery, problemResponses } from '../schemas/common.js';

const plugin: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/metrics',
    {
      schema: {
        operationId: 'getMetrics',
        tags: ['health'],
        summary: 'Metrics (Prometheus)',
        description:
          'Prometheus text format: http_requests_total and http_request_duration_seconds by route and status, db_pool_connections by state, ' +
          'imports_total by outcome, rate_limit_rejections_total, with read replicas db_reads_total by target and reason, and the Node.js process metrics. Not rate limited.',
        querystring: NoQuery,
        produces: ['text/plain'],
        response: {
          200: { description: 'Metrics in the Prometheus exposition format 0.0.4', content: { 'text/plain': { schema: z.string() } } },
          ...problemResponses(400),
        },
      },
    },
    async (_request, reply) => {
      reply.type(app.metrics.registry.contentType);
      return app.metrics.registry.metrics();
    },
  );
};

export default plugin;

import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { swaggerOptions } from '../openapi.js';

/** OpenAPI generated from the routes' zod schemas; Swagger UI for researchers at /docs. */
export default fp(
  async function openapi(app: FastifyInstance) {
    await app.register(swagger, swaggerOptions);
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true, tryItOutEnabled: true } });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);

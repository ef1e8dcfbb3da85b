import swagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createJsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

const DESCRIPTION = `Country-to-country trade figures with provenance on every value.

* **Country codes**: anywhere a country is named, ISO 3166-1 alpha-3 (\`KAZ\`), alpha-2 (\`KZ\`) or UN M49
  numeric (\`398\`), in any case. Responses always give \`iso3\` and \`name\`. Historical entities real
  data uses (SUN, CSK, YUG, SCG, DDR, YAR, YMD, BLX, ANT) and Kosovo (XKX) are known.
* **Money**: US dollars (not millions) as JSON numbers; responses say \`unit: "USD"\`.
* **Years**: \`year=2022\`, or \`from\`/\`to\` (inclusive).
* **Collections**: \`{ data, page: { limit, next } }\`. \`limit\` has a documented maximum; a larger one is a
  400, never a silent cap. Pass \`page.next\` as \`cursor\` for the next page (also in the \`Link\` header).
  \`Accept: text/csv\` or \`?format=csv\` gives CSV.
* **Errors**: RFC 9457 \`application/problem+json\` with \`errors[]\` naming each bad parameter and how to fix it.`;

const swaggerOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'Bilateral trade statistics API',
      version: '1.0.0',
      description: DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [
      { name: 'countries', description: 'Reference data: countries, territories and historical entities with their M49 regions' },
      { name: 'groups', description: 'Country groups (Central Asia, EU, GCC, EAEU) with membership by year' },
      { name: 'sources', description: 'Provenance: who published the data, and each import of it (releases)' },
      { name: 'flows', description: 'Raw trade observations as reported' },
      {
        name: 'analytics',
        description: 'Figures computed server-side: bilateral series, growth, mirror gaps, partner shares, group aggregates (definitions in each description)',
      },
      { name: 'health', description: 'Liveness and readiness' },
    ],
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'Admin API key, made with `npm run cli -- keys create --name <name>`' },
      },
    },
  },
  transform: createJsonSchemaTransform({ skipList: ['/docs', '/docs/*', '/openapi.json'] }),
  transformObject: jsonSchemaTransformObject,
};

/**
 * The OpenAPI document, generated from the routes' zod schemas and served at /openapi.json (the
 * committed copy is openapi/openapi.json, see src/cli/openapi-file.ts); Swagger UI for researchers
 * at /docs.
 */
export default fp(
  async function openapi(app: FastifyInstance) {
    await app.register(swagger, swaggerOptions);
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true, tryItOutEnabled: true } });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);

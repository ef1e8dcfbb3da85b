import swagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createJsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { SERVICE_VERSION } from '../services/service-build.js';
import { DOCS_TITLE, FAVICON_SVG, LOGO_SVG } from './docs-branding.js';
import { finishDocument } from './openapi-document.js';

const DESCRIPTION = `Country-to-country trade figures with provenance on every value.

### Start here

The questions the project started from (a 2024 article on Central Asia), answered on the demo data or the IMF file:

* What did Kazakhstan and Uzbekistan trade, year by year? [\`/v1/bilateral/KAZ/UZB?from=2017&to=2022\`](/v1/bilateral/KAZ/UZB?from=2017&to=2022)
* How fast did it grow over five years (the article: +29%)? [\`/v1/bilateral/KAZ/UZB/growth?from=2017&to=2022\`](/v1/bilateral/KAZ/UZB/growth?from=2017&to=2022)
* What share of Kazakhstan's trade with Central Asia is Uzbekistan's? [\`/v1/countries/KAZ/partners?within=central-asia\`](/v1/countries/KAZ/partners?within=central-asia)

Every operation below has **Try it out** filled in: press Execute. The document itself is [\`/openapi.json\`](/openapi.json).

### Conventions

* **Country codes**: anywhere a country is named, ISO 3166-1 alpha-3 (\`KAZ\`), alpha-2 (\`KZ\`) or UN M49
  numeric (\`398\`), in any case. Responses always give \`iso3\` and \`name\`. Historical entities real
  data uses (SUN, CSK, YUG, SCG, DDR, YAR, YMD, BLX, ANT) and Kosovo (XKX) are known.
* **Money**: US dollars (not millions) as JSON numbers; responses say \`unit: "USD"\`.
* **Years**: \`year=2022\`, or \`from\`/\`to\` (inclusive).
* **Collections**: \`{ data, page: { limit, next } }\`. \`limit\` has a documented maximum; a larger one is a
  400, never a silent cap. Pass \`page.next\` as \`cursor\` for the next page (also in the \`Link\` header).
  \`Accept: text/csv\` or \`?format=csv\` gives CSV.
* **Sources**: every answer uses one source (\`source\` in the answer) unless you ask \`source=any\`; \`notes\` say what a reader must know.
* **Figures**: every value is a figure \`{ value, basis, estimated, source }\` (totals, sums and group aggregates too); numbers are
  exact in JSON and NDJSON, never rounded; CSV rounds percentages and ratios to 6 decimals, never money.
* **Formats**: analytics and collections answer JSON, CSV or NDJSON (\`format=\` or \`Accept\`); an \`Accept\` the route cannot
  produce is a 406, an unknown or unused parameter a 400 naming it.
* **Errors**: RFC 9457 \`application/problem+json\` with \`errors[]\` naming each bad parameter and how to fix it; each \`type\`
  (e.g. [/problems/invalid-parameter](/problems/invalid-parameter)) resolves to what it means.`;

const swaggerOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: DOCS_TITLE,
      version: SERVICE_VERSION,
      description: DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'This server' }],
    // Reads are public (an empty requirement); the admin import names its own (apiKey).
    security: [{}],
    // The order Swagger UI lists them in: what researchers come for first.
    tags: [
      {
        name: 'analytics',
        description: 'Figures computed server-side: bilateral series, growth, mirror gaps, partner shares, group aggregates (definitions in each description)',
      },
      { name: 'flows', description: 'Raw trade observations as reported' },
      { name: 'commodities', description: 'Reference data: the HS product codes (chapters, headings, subheadings) every figure can be asked for' },
      { name: 'countries', description: 'Reference data: countries, territories and historical entities with their M49 regions' },
      { name: 'groups', description: 'Country groups (Central Asia, EU, GCC, EAEU) with membership by year' },
      { name: 'sources', description: 'Provenance: who published the data, and each import of it (releases)' },
      { name: 'admin', description: 'Imports, with an admin API key' },
      { name: 'errors', description: 'What each problem type means: every `type` in an error answer resolves here' },
      { name: 'health', description: 'Liveness, readiness and metrics' },
    ],
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'Admin API key, made with `npm run cli -- keys create --name <name>`' },
      },
    },
  },
  transform: createJsonSchemaTransform({ skipList: ['/docs', '/docs/*', '/openapi.json'] }),
  transformObject: (input) => finishDocument(jsonSchemaTransformObject(input)),
};

/**
 * The OpenAPI document, generated from the routes' zod schemas and served at /openapi.json (the
 * committed copy is openapi/openapi.json, see src/cli/openapi-file.ts); Swagger UI for researchers
 * at /docs.
 */
export default fp(
  async function openapi(app: FastifyInstance) {
    await app.register(swagger, swaggerOptions);
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      // urls (not url): the top bar names /openapi.json, the document's public address, and loads it from there.
      uiConfig: { deepLinking: true, tryItOutEnabled: true, urls: [{ url: '/openapi.json', name: '/openapi.json' }] },
      logo: { type: 'image/svg+xml', content: LOGO_SVG, href: '/docs', target: '_self' },
      theme: { title: DOCS_TITLE, favicon: [{ filename: 'favicon.svg', rel: 'icon', sizes: 'any', type: 'image/svg+xml', content: FAVICON_SVG }] },
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);

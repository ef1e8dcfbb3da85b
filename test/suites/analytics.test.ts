// Figures, reference data and the contract, checked in-process. See test/suites/README.md for why
// test files are grouped into suites.
import '../analytics/answers.test.js';
import '../analytics/central-asia.test.js';
import '../analytics/definitions.test.js';
import '../analytics/edge-cases.test.js';
import '../analytics/products.test.js';
import '../analytics/world-totals.test.js';
import '../analytics/product-generator.test.js';
// On Postgres the longest test of the run (the full IMF file): in the suite tap starts first.
import '../ingest/imf-full.test.js';
import '../domain.test.js';
import '../config.test.js';
import '../openapi.test.js';
import '../openapi-examples.test.js';
import '../client.test.js';
import '../reference/m49.test.js';
import '../services/pages.test.js';
import '../services/version-memo.test.js';
import '../ingest/decimal.test.js';
import '../http/serializer.test.js';
import '../http/tables.test.js';
import '../http/parameter-schemas.test.js';
import '../suite-membership.test.js';

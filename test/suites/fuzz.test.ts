// Tests that hunt: requests built from the OpenAPI document, and hostile import files. See test/suites/README.md.
import '../fuzz/openapi-requests.test.js';
import '../ingest/import-fuzz.test.js';

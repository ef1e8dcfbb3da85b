// Imports: formats, the pipeline, limits, hostile files and commit order. See test/suites/README.md.
import '../ingest/formats.test.js';
import '../ingest/pipeline.test.js';
import '../ingest/import-limits.test.js';
import '../ingest/hostile-imports.test.js';
import '../ingest/commit-order.test.js';

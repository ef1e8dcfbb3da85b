// The service as a whole: protection (rate limits, caching, load shedding, headers) and a real
// server process shutting down. See test/suites/README.md.
import '../routes/protection.test.js';
import '../routes/rendered-answers.test.js';
import '../routes/problem-types.test.js';
import '../routes/tables.test.js';
import '../server/shutdown.test.js';
import '../server/heap-growth.test.js';
import '../browser/docs.test.js';
import '../browser/dashboard.test.js';

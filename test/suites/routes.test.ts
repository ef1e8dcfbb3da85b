// The HTTP routes, asked through app.inject. See test/suites/README.md.
import '../routes/bad-requests.test.js';
import '../routes/countries.test.js';
import '../routes/flows.test.js';
import '../routes/commodities.test.js';
import '../routes/availability.test.js';
import '../routes/groups.test.js';
import '../routes/health.test.js';
import '../routes/imports.test.js';
import '../routes/outage.test.js';

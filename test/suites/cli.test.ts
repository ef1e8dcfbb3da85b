// The command line, the database's own life (migrations, start-up lock) and an import killed mid-way:
// the tests that work on data directories and child processes. See test/suites/README.md.
import '../cli.test.js';
import '../db/migrations.test.js';
import '../ingest/kill.test.js';

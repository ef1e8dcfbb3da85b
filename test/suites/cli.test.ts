// The command line, the database's own life (migrations, start-up lock, a read replica) and an import killed mid-way:
// the tests that work on data directories and child processes. See test/suites/README.md.
import '../cli.test.js';
import '../db/migrations.test.js';
// A real streaming replica (pg_basebackup -R) serving the API's reads.
import '../db/read-replica.test.js';
import '../db/unavailable.test.js';
import '../ingest/kill.test.js';

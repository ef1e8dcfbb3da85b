import { writeFileSync } from 'node:fs';
import * as q from './src/ingest/sql.js';
const s = q.CHECK_STAGED.replace('CREATE TEMP TABLE checked_flows ON COMMIT DROP AS', 'EXPLAIN ANALYZE').replaceAll('staging_flows', 'st');
writeFileSync('/tmp/check.sql', `SET jit = off;\n${process.argv[2] ?? ''}\n${s};\n`);

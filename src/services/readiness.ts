import type { DatabaseHandle } from '../db/client.js';
import { SHIPPED_MIGRATIONS } from '../db/migrate.js';
import { ProblemError } from '../problem.js';
import { appliedMigrationCount } from '../queries/health.js';

/** GET /ready: the database answers and has every migration this version ships; a 503 problem otherwise. */
export async function readiness(handle: DatabaseHandle, onUnreachable: (err: unknown) => void) {
  let applied: number;
  try {
    applied = await appliedMigrationCount(handle.db);
  } catch (err) {
    onUnreachable(err);
    throw new ProblemError('unavailable', 'The database is unreachable.');
  }
  if (applied < SHIPPED_MIGRATIONS) throw new ProblemError('unavailable', `Migrations pending: ${applied} of ${SHIPPED_MIGRATIONS} applied.`);
  return { status: 'ready' as const, database: handle.kind, migrations: { applied, expected: SHIPPED_MIGRATIONS } };
}

import type { DatabaseHandle } from '../db/client.js';
import { SHIPPED_MIGRATIONS } from '../db/migrate.js';
import { ProblemError } from '../problem.js';
import { appliedMigrationCount } from '../queries/health.js';
import type { ReadRouting } from './read-routing.js';

/**
 * GET /ready: whether this instance can answer. Without replicas: the database answers and has
 * every migration this version ships; a 503 problem otherwise. With replicas (DATABASE_READ_URL)
 * they are listed, and a replica down is no reason for 503 (reads then go to the primary). With
 * the primary down but a replica serving, still ready, saying `primary: unreachable`: reads are
 * nearly all the traffic and the replica answers them, while a balancer that took every instance
 * out would refuse those too; imports answer 503 until the primary is back.
 */
export async function readiness(handle: DatabaseHandle, onUnreachable: (err: unknown) => void, routing: ReadRouting | null = null) {
  let applied: number;
  try {
    applied = await appliedMigrationCount(handle.db);
  } catch (err) {
    onUnreachable(err);
    const replicas = routing === null ? [] : await routing.replicaStates(false);
    // A replica is 'current' only once it has replayed every migration this version ships.
    if (!replicas.some((r) => r.state === 'current')) throw new ProblemError('unavailable', 'The database is unreachable.');
    return {
      status: 'ready' as const,
      database: handle.kind,
      primary: 'unreachable' as const,
      migrations: { applied: SHIPPED_MIGRATIONS, expected: SHIPPED_MIGRATIONS },
      replicas,
    };
  }
  if (applied < SHIPPED_MIGRATIONS) throw new ProblemError('unavailable', `Migrations pending: ${applied} of ${SHIPPED_MIGRATIONS} applied.`);
  const answer = { status: 'ready' as const, database: handle.kind, migrations: { applied, expected: SHIPPED_MIGRATIONS } };
  return routing === null ? answer : { ...answer, primary: 'ready' as const, replicas: await routing.replicaStates() };
}

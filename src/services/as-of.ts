import type { Database } from '../db/client.js';
import { invalidParameter } from '../problem.js';
import { lastReleaseAt } from '../queries/releases.js';
import { requireRelease } from './lookups.js';

/**
 * The release an `asOf` parameter means: a release id as given, a date-time as the newest release
 * finished by then, a bare date as the end of that day (UTC). Null when nothing was loaded by then.
 */
export async function resolveAsOf(db: Database, asOf: string): Promise<number | null> {
  if (/^\d+$/.test(asOf)) {
    return (await requireRelease(db, Number(asOf), { in: 'query', name: 'asOf' })).id;
  }
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999Z` : asOf);
  if (Number.isNaN(at.getTime())) throw invalidParameter('query', 'asOf', `'${asOf}' is not a valid date`);
  return lastReleaseAt(db, at);
}

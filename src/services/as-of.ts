import type { Database } from '../db/client.js';
import { invalidParameter } from '../problem.js';
import { releasesCommittedBy, type AsOfCutoffs } from '../queries/releases.js';
import { requireRelease } from './lookups.js';

/**
 * What an `asOf` parameter means: the releases committed up to a point, given as a release id (up
 * to and including its commit), a date-time (committed by then) or a bare date (by the end of that
 * day, UTC). Answered per source as the last release id that counts: a source's imports take its
 * lock, so within one source ids follow commit order, while across sources they need not.
 * Null when nothing had been committed by then.
 */
export async function resolveAsOf(db: Database, asOf: string): Promise<AsOfCutoffs | null> {
  if (/^\d+$/.test(asOf)) {
    const release = await requireRelease(db, Number(asOf), { in: 'query', name: 'asOf' });
    if (release.status !== 'completed') {
      throw invalidParameter(
        'query',
        'asOf',
        `release ${release.id} ${release.status === 'failed' ? 'failed' : 'has not finished'} and changed nothing; give a completed release`,
      );
    }
    return nonEmpty(await releasesCommittedBy(db, { release: release.id }));
  }
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999Z` : asOf);
  if (Number.isNaN(at.getTime())) throw invalidParameter('query', 'asOf', `'${asOf}' is not a valid date`);
  // A valid instant past 9999 (9999-12-31T24:00Z) is one Postgres timestamps cannot hold.
  if (at.getUTCFullYear() < 1 || at.getUTCFullYear() > 9999) throw invalidParameter('query', 'asOf', `'${asOf}' is outside the years 0001 to 9999`);
  return nonEmpty(await releasesCommittedBy(db, { at }));
}

const nonEmpty = (cutoffs: AsOfCutoffs) => (cutoffs.size === 0 ? null : cutoffs);

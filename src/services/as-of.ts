import type { Database } from '../db/client.js';
import { ProblemError, invalidParameter } from '../problem.js';
import { findRelease, lastReleaseAt } from '../queries/releases.js';

/**
 * The release an `asOf` parameter means: a release id as given, a date-time as the newest release
 * finished by then, a bare date as the end of that day (UTC). Null when nothing was loaded by then.
 */
export async function resolveAsOf(db: Database, asOf: string): Promise<number | null> {
  if (/^\d+$/.test(asOf)) {
    const release = await findRelease(db, Number(asOf));
    if (!release) {
      throw new ProblemError('unknownRelease', `No release ${asOf}. GET /v1/releases lists them.`, {
        errors: [{ in: 'query', name: 'asOf', message: `no release with id ${asOf}` }],
      });
    }
    return release.id;
  }
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999Z` : asOf);
  if (Number.isNaN(at.getTime())) throw invalidParameter('query', 'asOf', `'${asOf}' is not a valid date`);
  return lastReleaseAt(db, at);
}

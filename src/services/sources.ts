import type { Database } from '../db/client.js';
import { ProblemError } from '../problem.js';
import { listSources, sourceExists } from '../queries/sources.js';

/** A 404 naming the known sources, for a `source` parameter that names none. */
export async function requireSource(db: Database, source: string | undefined): Promise<void> {
  if (source === undefined || (await sourceExists(db, source))) return;
  const known = (await listSources(db)).map((s) => s.id);
  throw new ProblemError('unknownSource', `Unknown source '${source}'. Known sources: ${known.join(', ') || 'none yet'}.`, {
    errors: [{ in: 'query', name: 'source', message: `unknown source; use one of ${known.join(', ') || '(none loaded)'}` }],
  });
}

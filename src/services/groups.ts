import type { Database } from '../db/client.js';
import { ProblemError } from '../problem.js';
import { findGroup, listGroups, type GroupRecord } from '../queries/groups.js';

/** The group, or a 404 listing the known ones. */
export async function requireGroup(db: Database, id: string, name: string, location: 'path' | 'query'): Promise<GroupRecord> {
  const group = await findGroup(db, id);
  if (group) return group;
  const known = (await listGroups(db)).map((g) => g.id);
  throw new ProblemError('unknownGroup', `Unknown group '${id}'. Known groups: ${known.join(', ')}.`, {
    errors: [{ in: location, name, message: `unknown group; use one of ${known.join(', ')}` }],
  });
}

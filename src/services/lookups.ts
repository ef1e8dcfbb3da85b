import type { Database } from '../db/client.js';
import { unknownValue, type InvalidParam } from '../problem.js';
import { findGroup, listGroups, type GroupRecord } from '../queries/groups.js';
import { findRelease } from '../queries/releases.js';
import { listSources, sourceExists } from '../queries/sources.js';

type Param = Pick<InvalidParam, 'in' | 'name'>;

/** Nothing for an absent `source`; a 404 naming the known sources for one that names none. */
export async function requireSource(db: Database, source: string | undefined, param: Param = { in: 'query', name: 'source' }): Promise<void> {
  if (source === undefined || (await sourceExists(db, source))) return;
  throw unknownValue('unknownSource', param, source, { values: (await listSources(db)).map((s) => s.id) });
}

/** The group, or a 404 naming the known ones. */
export async function requireGroup(db: Database, id: string, param: Param): Promise<GroupRecord> {
  const group = await findGroup(db, id);
  if (group) return group;
  throw unknownValue('unknownGroup', param, id, { values: (await listGroups(db)).map((g) => g.id) });
}

/** The release, or a 404 saying where releases are listed. */
export async function requireRelease(db: Database, id: number, param: Param) {
  const release = await findRelease(db, id);
  if (release) return release;
  throw unknownValue('unknownRelease', param, id, { listedBy: 'GET /v1/releases' });
}

import { listGroupMembers } from '../queries/groups.js';
import type { AppContext } from './context.js';
import { toCountryRef } from './country-directory.js';
import { requireGroup } from './lookups.js';

/** GET /v1/groups/{id}: the group with each member and its years; with `year`, that year's members only. */
export async function groupWithMembers({ db }: AppContext, id: string, year: number | undefined) {
  const group = await requireGroup(db, id, { in: 'path', name: 'id' });
  const members = await listGroupMembers(db, id, year);
  return { ...group, year: year ?? null, members: members.map((m) => ({ country: toCountryRef(m), fromYear: m.fromYear, toYear: m.toYear })) };
}

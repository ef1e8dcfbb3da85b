import { syncReferenceData } from '../queries/reference.js';
import { buildCountryRows } from '../reference/countries.js';
import { GROUPS } from '../reference/groups.js';
import { SOURCES } from '../reference/sources.js';
import type { DatabaseHandle } from './client.js';
import { prepareDatabase } from './migrate.js';

/** Migrations, then the reference data this version ships: what every entry point needs first. */
export function setUpDatabase(handle: DatabaseHandle): Promise<void> {
  return prepareDatabase(handle, () => syncReferenceData(handle.db, buildCountryRows(), GROUPS, SOURCES));
}

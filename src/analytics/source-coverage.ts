import type { Database } from '../db/client.js';
import { ALL_GOODS } from '../domain.js';
import { perDatabase } from '../db/per-database.js';
import { countriesSourceYears } from '../queries/analytics.js';
import { VersionMemo } from '../services/version-memo.js';
import { tallyOf, type SourceYears } from './source-choice.js';

// A few sources × a few dozen years per country or group.
const memos = perDatabase(() => new VersionMemo<SourceYears>(100_000, (tally) => [...tally.values()].reduce((n, years) => n + years.size, 1)));

/**
 * Figures per source and year for the commodity by or about the countries (one country, or every country ever a
 * member of a group), computed once per data version: what an answer's source and default year are
 * chosen from (source-choice.ts). It reads every report of the countries: 25,000 rows for a large
 * country in the 3M-row benchmark, far more for the EU.
 */
export function sourceCoverage(db: Database, version: string, countries: string[], commodity: string = ALL_GOODS): Promise<SourceYears> {
  return memos(db).get(version, `${commodity}:${countries.join(',')}`, async () => tallyOf(await countriesSourceYears(db, countries, commodity)));
}

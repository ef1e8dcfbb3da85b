import type { Database } from '../db/client.js';
import type { CountryDirectory } from '../services/country-directory.js';

/** What an analytics answer needs: the database, and the country directory to name countries. */
export type AnalyticsContext = { db: Database; countries: CountryDirectory };

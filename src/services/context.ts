import type { Database } from '../db/client.js';
import type { CountryDirectory } from './country-directory.js';

/** What a service or analytics answer needs of the app: the database, and the directory that names countries. */
export type AppContext = { db: Database; countries: CountryDirectory };

/** An AppContext that also knows the version of the data it reads (what per-version memos are keyed by). */
export type ReadContext = AppContext & { version: { current(): Promise<string> } };

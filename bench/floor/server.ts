/**
 * The floor for `npm run bench -- http`: a plain implementation of the API's contract for the requests
 * it measures, as someone would write it with no framework of ours. Bare Fastify and node-postgres, a
 * named prepared statement per query, a loop, and Fastify's JSON-schema serializer
 * (fast-json-stringify). No validation library, no ETag, no rate limit, no metrics: what is left is the
 * least a server answering the same request with the same figures must do. bench/http.ts checks that
 * its answers equal the API's before measuring. It implements only the parameters the benchmark sends.
 *
 *   DATABASE_URL=... PORT=... node --import tsx bench/floor/server.ts
 */
import Fastify from 'fastify';
import pg from 'pg';
import type { CountryRecord } from '../../src/queries/countries.js';
import { countryRoutes } from './country-routes.js';
import { flowsRoute } from './flows-route.js';
import { groupTradeRoute } from './group-trade-route.js';
import { pairRoutes } from './pair-routes.js';

// numeric comes back as text by default; the API reads it as a JS number too.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, parseFloat);

/** A country as answers name it (iso3, iso2, m49, name), with its whole record for GET /v1/countries/{code}. */
export type Country = { iso3: string; iso2: string | null; m49: number | null; name: string; record: CountryRecord };
export type Countries = Map<string, Country>;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
const countries: Countries = new Map();
const { rows } = await pool.query<CountryRecord>(
  `SELECT iso3, iso2, m49, name, alt_names AS "altNames", region, subregion, intermediate_region AS "intermediateRegion", historical, note FROM countries`,
);
for (const record of rows) countries.set(record.iso3, { iso3: record.iso3, iso2: record.iso2, m49: record.m49, name: record.name, record });

const app = Fastify({ logger: false });
app.get('/ready', async () => ({ status: 'ready' }));
pairRoutes(app, pool, countries);
countryRoutes(app, pool, countries);
groupTradeRoute(app, pool, countries);
flowsRoute(app, pool, countries);

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
console.log(`floor listening on ${process.env.PORT}`);
process.once('SIGTERM', () => void app.close().then(() => pool.end()));

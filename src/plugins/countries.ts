import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { listAllCountries } from '../queries/countries.js';
import { CountryDirectory } from '../services/country-directory.js';

declare module 'fastify' {
  interface FastifyInstance {
    countries: CountryDirectory;
  }
}

/** Shared by every route that takes a country code; built once the reference data is synced. */
export default fp(
  async function countries(app: FastifyInstance) {
    app.decorate('countries', new CountryDirectory(await listAllCountries(app.db)));
  },
  { name: 'countries', dependencies: ['database'] },
);

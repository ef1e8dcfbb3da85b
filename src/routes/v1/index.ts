import type { FastifyInstance } from 'fastify';
import availability from './availability/index.js';
import bilateral from './bilateral/index.js';
import pairProducts from './bilateral/products.js';
import commodities from './commodities/index.js';
import countries from './countries/index.js';
import partners from './countries/partners.js';
import countryProducts from './countries/products.js';
import flows from './flows/index.js';
import groups from './groups/index.js';
import groupTrade from './groups/trade.js';
import imports from './imports/index.js';
import releases from './releases/index.js';
import sources from './sources/index.js';

/** Version 1 of the public contract; each resource stays an encapsulated plugin. */
export default async function v1(app: FastifyInstance) {
  await app.register(countries);
  await app.register(groups);
  await app.register(sources);
  await app.register(commodities);
  await app.register(flows);
  await app.register(releases);
  await app.register(availability);
  await app.register(imports);
  await app.register(bilateral);
  await app.register(pairProducts);
  await app.register(partners);
  await app.register(countryProducts);
  await app.register(groupTrade);
}

import { readFile } from 'node:fs/promises';
import t from 'tap';
import { createTradeClient } from 'trade-stats-api/client';
import { createApiKey } from '../src/services/api-keys.js';
import { build } from './helper.js';

/**
 * The typed client (src/client, exported as trade-stats-api/client) over real HTTP against a started
 * server, once per operation of the document: every call below is type-checked against
 * src/client/api-types.ts, so a drift between the client and the routes fails `npm run typecheck`.
 */
t.test('the typed client calls every operation over HTTP', async (t) => {
  const app = await build(t, { demo: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const api = createTradeClient(`http://127.0.0.1:${address.port}`);
  const { key } = await createApiKey(app.db, 'client test');
  const KAZ_UZB = { path: { a: 'KAZ', b: 'UZB' } };

  const called = new Map<string, { response: Response; data?: unknown }>();
  const call = async (operationId: string, request: Promise<{ response: Response; data?: unknown; error?: unknown }>) => {
    const result = await request;
    called.set(operationId, result);
    return result;
  };

  await call('getHealth', api.GET('/health'));
  await call('getReadiness', api.GET('/ready'));
  await call('getMetrics', api.GET('/metrics', { parseAs: 'text' }));
  await call('getProblemType', api.GET('/problems/{type}', { params: { path: { type: 'invalid-parameter' } } }));
  await call('listCountries', api.GET('/v1/countries', { params: { query: { region: 'Central Asia' } } }));
  await call('getCountry', api.GET('/v1/countries/{code}', { params: { path: { code: 'KAZ' } } }));
  await call('listGroups', api.GET('/v1/groups'));
  await call('getGroup', api.GET('/v1/groups/{id}', { params: { path: { id: 'central-asia' }, query: { year: 2022 } } }));
  await call('listSources', api.GET('/v1/sources'));
  await call('listFlows', api.GET('/v1/flows', { params: { query: { reporter: 'KAZ', partner: 'UZB' } } }));
  await call('listReleases', api.GET('/v1/releases'));
  await call('getRelease', api.GET('/v1/releases/{id}', { params: { path: { id: 1 } } }));
  const imported = await call(
    'createImport',
    api.POST('/v1/imports', {
      params: { query: { format: 'canonical', source: 'imf-dots' } },
      headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
      body: 'reporter,partner,year,flow,value_usd\nKAZ,UZB,2020,export,2133337432\nUZB,KAZ,2020,export,801200000\n',
      bodySerializer: (body) => body,
    }),
  );
  t.equal(imported.response.status, 201, 'the admin import, with a key');

  const bilateral = await call('getBilateral', api.GET('/v1/bilateral/{a}/{b}', { params: { ...KAZ_UZB, query: { year: 2020 } } }));
  const growth = await call('getBilateralGrowth', api.GET('/v1/bilateral/{a}/{b}/growth', { params: { ...KAZ_UZB, query: { from: 2017, to: 2022 } } }));
  await call('getBilateralMirror', api.GET('/v1/bilateral/{a}/{b}/mirror', { params: { ...KAZ_UZB, query: { year: 2020 } } }));
  await call('getCountryPartners', api.GET('/v1/countries/{code}/partners', { params: { path: { code: 'KAZ' }, query: { within: 'central-asia' } } }));
  await call('getGroupTrade', api.GET('/v1/groups/{id}/trade', { params: { path: { id: 'central-asia' }, query: { year: 2020 } } }));
  await call('listAvailability', api.GET('/v1/availability', { params: { query: { reporter: 'KAZ' } } }));
  await call('listCommodities', api.GET('/v1/commodities', { params: { query: { q: 'fuel' } } }));
  await call('getCommodity', api.GET('/v1/commodities/{code}', { params: { path: { code: '27' } } }));
  const products = await call('getBilateralProducts', api.GET('/v1/bilateral/{a}/{b}/products', { params: { ...KAZ_UZB, query: { year: 2020, level: '2' } } }));
  await call('getCountryProducts', api.GET('/v1/countries/{code}/products', { params: { path: { code: 'KAZ' }, query: { flow: 'import' } } }));
  t.match(products.data, { level: 2, parent: { code: 'TOTAL' }, data: [] }, 'no products imported: an empty ranking');

  // Typed answers: these property reads compile only because the client knows the shapes.
  const series = (await api.GET('/v1/bilateral/{a}/{b}', { params: { ...KAZ_UZB, query: { year: 2020 } } })).data!;
  t.match(series.data[0], { year: 2020, exports: { value: 2133337432, source: 'imf-dots' } }, 'the import, through the client');
  const g = (await api.GET('/v1/bilateral/{a}/{b}/growth', { params: { ...KAZ_UZB, query: { from: 2017, to: 2022 } } })).data!;
  t.equal(Math.round(g.changePct!), 29, "the article's growth");
  t.equal(g.source, 'seed-article');
  t.match(bilateral.data, { commodity: { code: 'TOTAL' }, source: 'imf-dots' });
  t.match(growth.data, { commodity: { code: 'TOTAL' }, measure: 'total' });

  const bad = await api.GET('/v1/bilateral/{a}/{b}', { params: { path: { a: 'KAZ', b: 'KAZ' } } });
  t.equal(bad.response.status, 400);
  t.match(bad.error, { type: '/problems/invalid-parameter', errors: [{ name: 'b' }] }, 'problems come back as error');

  const doc = JSON.parse(await readFile(new URL('../openapi/openapi.json', import.meta.url), 'utf8')) as {
    paths: Record<string, Record<string, { operationId: string }>>;
  };
  const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods).map((op) => op.operationId));
  t.same([...called.keys()].sort(), operations.sort(), 'every operation of the document, once');
  for (const [operationId, { response }] of called) t.ok(response.status < 300, `${operationId}: ${response.status}`);
});

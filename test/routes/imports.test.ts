import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import t from 'tap';
import { createApiKey } from '../../src/services/api-keys.js';
import { FIXTURES, build } from '../helper.js';

const csv = readFileSync(new URL('ingest/imf-dots.csv', FIXTURES));

t.test('POST /v1/imports', async (t) => {
  const app = await build(t);
  const { key } = await createApiKey(app.db, 'test');
  const post = (query: string, body: Buffer | string, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: `/v1/imports?${query}`,
      payload: body,
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${key}`, ...headers },
    });

  t.test('without a key, or with a wrong one: 401 problem', async (t) => {
    const none = await app.inject({
      method: 'POST',
      url: '/v1/imports?format=imf-dots&source=imf-dots',
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
    t.equal(none.statusCode, 401);
    t.match(none.headers['content-type'], /^application\/problem\+json/);
    t.equal(none.headers['www-authenticate'], 'Bearer realm="trade-api"');
    t.match(none.json(), { type: '/problems/unauthorized', detail: /Authorization: Bearer/ });
    const wrong = await post('format=imf-dots&source=imf-dots', csv, { authorization: 'Bearer tsa_not-a-real-key' });
    t.equal(wrong.statusCode, 401);
    t.match(wrong.json(), { detail: /unknown or revoked/ });
    t.same((await app.inject('/v1/flows')).json().data, [], 'nothing imported');
  });

  t.test('with a valid key: 201 and the release with its counts', async (t) => {
    const res = await post('format=imf-dots&source=imf-dots&fileName=dots.csv', csv);
    t.equal(res.statusCode, 201);
    const release = res.json();
    t.match(release, {
      source: 'imf-dots',
      format: 'imf-dots',
      fileName: 'dots.csv',
      status: 'completed',
      rowsRead: 6,
      inserted: 6,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      rejectedSamples: [],
      failureReason: null,
      apiKey: { name: 'test' },
    });
    t.match(release.sha256, /^[0-9a-f]{64}$/);
    t.equal(res.headers.location, `/v1/releases/${release.id}`);
    t.equal((await app.inject('/v1/flows?reporter=KAZ&partner=UZB&flow=export')).json().data[0].valueUsd, 2_133_337_432);

    const gz = await post('format=imf-dots&source=imf-dots', gzipSync(csv), { 'content-type': 'application/gzip' });
    t.equal(gz.statusCode, 201);
    t.match(gz.json(), { rowsRead: 6, unchanged: 6, inserted: 0 });

    const list = (await app.inject('/v1/releases?source=imf-dots')).json();
    t.same(
      list.data.map((r: { id: number }) => r.id),
      [gz.json().id, release.id],
      'newest first',
    );
  });

  t.test('bad rows: 422 listing them, nothing written; skip mode loads the rest', async (t) => {
    const bad = readFileSync(new URL('ingest/bad-rows.csv', FIXTURES));
    const res = await post('format=canonical&source=imf-imts', bad);
    t.equal(res.statusCode, 422);
    t.match(res.json(), {
      type: '/problems/rejected-rows',
      rejected: 2,
      errors: [
        { in: 'body', name: 'line 3', message: /2030/ },
        { name: 'line 4', message: /QQQ/ },
      ],
    });
    t.same((await app.inject('/v1/flows?source=imf-imts')).json().data, []);
    const skip = await post('format=canonical&source=imf-imts&onError=skip', bad);
    t.equal(skip.statusCode, 201);
    t.match(skip.json(), { inserted: 2, rejected: 2, rejectedSamples: [{ line: 3 }, { line: 4 }] });
  });

  t.test('bad parameters and files', async (t) => {
    const format = await post('format=xlsx&source=imf-dots', csv);
    t.equal(format.statusCode, 400);
    t.match(format.json(), { errors: [{ in: 'query', name: 'format', message: /canonical, imf-dots, imf-dots-world, comtrade, sdmx-csv/ }] });
    const source = await post('format=imf-dots&source=nope', csv);
    t.equal(source.statusCode, 404);
    t.match(source.json(), { type: '/problems/unknown-source', detail: /imf-dots/ });
    const file = await post('format=comtrade&source=un-comtrade', csv);
    t.equal(file.statusCode, 400);
    t.match(file.json(), { type: '/problems/invalid-file', detail: /lacks column/ });
    const json = await post('format=imf-dots&source=imf-dots', '{}', { 'content-type': 'application/json' });
    t.equal(json.statusCode, 415);
    t.match(json.headers['content-type'], /problem\+json/);
  });

  t.test('releases', async (t) => {
    t.equal((await app.inject('/v1/releases/9999')).statusCode, 404);
    t.equal((await app.inject('/v1/releases/abc')).statusCode, 400);
    const page = (await app.inject('/v1/releases?limit=1')).json();
    t.equal(page.data.length, 1);
    t.type(page.page.next, 'string');
    const next = (await app.inject({ url: '/v1/releases', query: { limit: '1', cursor: page.page.next } })).json();
    t.ok(next.data[0].id < page.data[0].id);
  });
});

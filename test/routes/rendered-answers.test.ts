import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { createApiKey } from '../../src/services/api-keys.js';
import { build, postImport } from '../helper.js';

// KAZ against 40 partners over 10 years: a page of 400 flows, about 110 KB of JSON.
const PARTNERS =
  'AFG ALB DZA AGO ARG ARM AUS AUT AZE BHR BGD BLR BEL BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE'.split(
    ' ',
  );
const CSV = [
  'reporter,partner,year,flow,value_usd',
  ...PARTNERS.flatMap((p, i) => Array.from({ length: 10 }, (_, y) => `KAZ,${p},${2010 + y},export,${1000 * (i + 1) + y}`)),
].join('\n');
const LARGE = '/v1/flows?reporter=KAZ&source=imf-dots';
const SMALL = '/v1/flows?reporter=KAZ&partner=AFG&year=2010&source=imf-dots';

t.test('large answers are sent again from their kept bytes until the data version changes; small ones are not kept', async (t) => {
  const app = await build(t);
  const { key } = await createApiKey(app.db, 'loader');
  const load = (body: string) => postImport(app, key, body);
  t.equal((await load(CSV)).statusCode, 201);

  const first = await app.inject(LARGE);
  t.equal(first.statusCode, 200);
  t.ok(first.rawPayload.length > 32 * 1024, `${first.rawPayload.length} bytes: large enough to be kept`);
  const firstGzip = await app.inject({ url: LARGE, headers: { 'accept-encoding': 'gzip' } });
  t.equal(firstGzip.headers['content-encoding'], 'gzip');
  t.same(JSON.parse(gunzipSync(firstGzip.rawPayload).toString()), first.json());
  const small = await app.inject(SMALL);
  t.equal(small.json().data[0].valueUsd, 1000);

  // Changed behind the service's back (no import, so no new data version): only what was not kept shows it.
  await app.db.execute(sql`UPDATE trade_flows SET value_usd = value_usd + 1 WHERE reporter = 'KAZ'`);
  const again = await app.inject(LARGE);
  t.equal(again.statusCode, 200);
  t.equal(again.body, first.body, 'the kept bytes');
  t.equal(again.headers['content-type'], first.headers['content-type']);
  t.equal(again.headers.etag, first.headers.etag);
  t.not(again.headers['x-request-id'], first.headers['x-request-id'], 'per-request headers are set afresh');
  const againGzip = await app.inject({ url: LARGE, headers: { 'accept-encoding': 'gzip' } });
  t.equal(againGzip.headers['content-encoding'], 'gzip');
  t.match(againGzip.headers.vary, /accept-encoding/i);
  t.same(againGzip.rawPayload, firstGzip.rawPayload, 'the kept gzip bytes, for a client that takes gzip');
  t.equal((await app.inject(SMALL)).json().data[0].valueUsd, 1001, 'a small answer is built every time');
  t.equal((await app.inject({ url: LARGE, headers: { 'if-none-match': String(first.headers.etag) } })).statusCode, 304, 'a matching tag is still a 304');
  const csv = await app.inject({ url: LARGE, headers: { accept: 'text/csv' } });
  t.match(csv.headers['content-type'], /^text\/csv/, 'CSV asked by Accept at the same URL is not the kept JSON');
  t.match(csv.body, /,1001,/, 'and is built from the data');

  // An import changes the version: the answer is built again, from the data as it is now.
  t.equal((await load('reporter,partner,year,flow,value_usd\nKAZ,AFG,2021,export,5\n')).statusCode, 201);
  const after = await app.inject(LARGE);
  t.not(after.headers.etag, first.headers.etag);
  const values = after.json().data.map((r: { valueUsd: number }) => r.valueUsd);
  t.equal(values.length, 401);
  t.ok(values.includes(1001) && !values.includes(1000), 'the values as updated');
  const afterGzip = await app.inject({ url: LARGE, headers: { 'accept-encoding': 'gzip' } });
  t.same(JSON.parse(gunzipSync(afterGzip.rawPayload).toString()), after.json());
});

import { connect } from 'node:net';
import t from 'tap';
import { createApiKey } from '../../src/services/api-keys.js';
import { DEFAULT_PROTECTION } from '../../src/config.js';
import { build, postImport } from '../helper.js';

const CSV = 'reporter,partner,year,flow,value_usd\nKAZ,UZB,2020,export,100\n';

t.test('rate limit: per address, then per API key; 429 problem with Retry-After; health exempt', async (t) => {
  const app = await build(t, { demo: true, config: { rateLimit: { max: 3, windowMs: 60_000 } } });
  const first = await app.inject('/v1/sources');
  t.equal(first.statusCode, 200);
  t.match(first.headers, { 'ratelimit-limit': '3', 'ratelimit-remaining': '2', 'ratelimit-reset': /^\d+$/ });
  await app.inject('/v1/sources');
  await app.inject('/v1/sources');
  const over = await app.inject('/v1/countries');
  t.equal(over.statusCode, 429);
  t.match(over.headers['content-type'], /^application\/problem\+json/);
  t.match(over.headers, { 'retry-after': /^\d+$/, 'ratelimit-remaining': '0' });
  t.match(over.json(), { type: '/problems/rate-limited', status: 429, detail: /More than 3 requests in 60 s/ });
  for (const path of ['/health', '/health?', '/ready', '/metrics']) t.equal((await app.inject(path)).statusCode, 200, `${path} is never limited`);

  // A key authenticated once counts on its own; a made-up token does not open a fresh allowance.
  const { key } = await createApiKey(app.db, 'loader');
  const made = await postImport(app, key, CSV);
  t.equal(made.statusCode, 429, 'the address is over its limit, whatever the key');
  t.equal((await app.inject({ url: '/v1/sources', headers: { authorization: 'Bearer tsa_made-up' } })).statusCode, 429);

  const keyed = await build(t, { config: { rateLimit: { max: 2, windowMs: 60_000 } } });
  const own = await createApiKey(keyed.db, 'loader');
  const asKey = { authorization: `Bearer ${own.key}` };
  t.equal((await postImport(keyed, own.key, CSV)).statusCode, 201);
  t.equal((await keyed.inject('/v1/sources')).statusCode, 200);
  t.equal((await keyed.inject('/v1/sources')).statusCode, 429, 'the address has used its two');
  const byKey = await keyed.inject({ url: '/v1/sources', headers: asKey });
  t.equal(byKey.statusCode, 200, 'the key has an allowance of its own');
  t.equal(byKey.headers['ratelimit-remaining'], '1');
  const metrics = (await keyed.inject('/metrics')).body;
  t.match(metrics, /^rate_limit_rejections_total 1$/m);
  t.match(metrics, /^imports_total\{outcome="completed"\} 1$/m);
});

t.test('ETag and 304 follow the data version; Cache-Control and Vary', async (t) => {
  const app = await build(t, { demo: true });
  const url = '/v1/bilateral/KAZ/UZB?from=2017&to=2022';
  const first = await app.inject(url);
  t.equal(first.statusCode, 200);
  const tag = first.headers.etag as string;
  t.match(tag, /^W\/"\d+\.\d+-[\w-]+"$/);
  t.equal(first.headers['cache-control'], `public, max-age=${DEFAULT_PROTECTION.cacheMaxAgeSeconds}`);
  t.match(first.headers.vary, /\bAccept\b/);

  const again = await app.inject({ url, headers: { 'if-none-match': tag } });
  t.equal(again.statusCode, 304);
  t.equal(again.body, '');
  t.equal(again.headers.etag, tag);
  t.equal((await app.inject({ url, headers: { 'if-none-match': `"other", ${tag}` } })).statusCode, 304, 'one of a list');
  const json = await app.inject('/v1/flows');
  const csv = await app.inject({ url: '/v1/flows', headers: { accept: 'text/csv', 'if-none-match': String(json.headers.etag) } });
  t.equal(csv.statusCode, 200, 'CSV is another representation, with its own tag');
  t.not(csv.headers.etag, json.headers.etag);

  // An import in this process changes the data: the old tag no longer matches.
  const { key } = await createApiKey(app.db, 'loader');
  const imported = await postImport(app, key, CSV);
  t.equal(imported.statusCode, 201);
  const after = await app.inject({ url, headers: { 'if-none-match': tag } });
  t.equal(after.statusCode, 200);
  t.not(after.headers.etag, tag);

  // A failed import is listed under /v1/releases: it changes the version too.
  const releases = await app.inject('/v1/releases');
  const refused = await postImport(app, key, 'no,header\n');
  t.equal(refused.statusCode, 400);
  const relisted = await app.inject({ url: '/v1/releases', headers: { 'if-none-match': String(releases.headers.etag) } });
  t.equal(relisted.statusCode, 200, 'the list with the failed import is sent in full');
  t.equal(relisted.json().data[0].status, 'failed');

  // If-None-Match: * would need the query to know whether anything exists: it is answered in full.
  t.equal((await app.inject({ url, headers: { 'if-none-match': '*' } })).statusCode, 200);
  t.equal((await app.inject({ url: '/v1/countries/XXX', headers: { 'if-none-match': '*' } })).statusCode, 404);
  t.equal((await app.inject({ url: '/v1/nothing-here', headers: { 'if-none-match': tag } })).statusCode, 404);

  const problem = await app.inject('/v1/bilateral/KAZ/XXX');
  t.equal(problem.statusCode, 404);
  t.equal(problem.headers['cache-control'], 'no-store');
  t.notOk(problem.headers.etag);
  t.equal((await app.inject('/health')).headers['cache-control'], 'no-store');
});

t.test('security headers, compression where it pays, CORS from a list', async (t) => {
  const app = await build(t, { config: { corsOrigin: ['https://dash.example.org'] } });
  const res = await app.inject({ url: '/v1/countries?limit=300', headers: { 'accept-encoding': 'gzip', origin: 'https://dash.example.org' } });
  // An API answer: OWASP's REST set, its CSP letting nothing load or frame it.
  t.equal(res.headers['x-content-type-options'], 'nosniff');
  t.equal(res.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'");
  t.equal(res.headers['x-frame-options'], 'DENY');
  t.match(res.headers['strict-transport-security'], /max-age=\d+/);
  t.equal(res.headers['referrer-policy'], 'no-referrer');
  for (const path of ['/v1/bilateral/XXX/KAZ', '/health', '/metrics']) {
    t.equal((await app.inject(path)).headers['x-frame-options'], 'DENY', `${path}: the API set, problems included`);
  }
  // A page (Swagger UI): helmet's set, whose CSP lets the page's own scripts run.
  const page = await app.inject('/docs/');
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-security-policy'], /script-src 'self'/);
  t.equal(page.headers['x-content-type-options'], 'nosniff');
  t.equal(page.headers['x-frame-options'], 'SAMEORIGIN');
  t.equal(res.headers['content-encoding'], 'gzip', 'a large answer is compressed');
  t.equal(res.headers['access-control-allow-origin'], 'https://dash.example.org');
  t.match(res.headers['access-control-expose-headers'], /ETag.*X-Request-Id.*RateLimit-Remaining/);
  const small = await app.inject({ url: '/v1/sources', headers: { 'accept-encoding': 'gzip' } });
  t.notOk(small.headers['content-encoding'], 'a small one is not');
  const other = await app.inject({ url: '/v1/sources', headers: { origin: 'https://elsewhere.example' } });
  t.notOk(other.headers['access-control-allow-origin'], 'an origin not listed gets no CORS grant');
});

t.test('load shedding: a blocked event loop answers 503 with Retry-After, /health stays 200, and it recovers', async (t) => {
  const app = await build(t, { config: { maxEventLoopDelayMs: 200 } });
  // The event loop held, as a runaway computation would; under-pressure judges it at its next
  // sample (once a second), so on a busy machine the first hold may fall between two: hold again.
  let shed = await app.inject('/v1/sources');
  for (let attempt = 0; attempt < 5 && shed.statusCode !== 503; attempt++) {
    const until = Date.now() + 1_200;
    while (Date.now() < until);
    await new Promise((r) => setTimeout(r, 20));
    shed = await app.inject('/v1/sources');
  }
  t.equal(shed.statusCode, 503);
  t.match(shed.headers['content-type'], /^application\/problem\+json/);
  t.equal(shed.headers['retry-after'], '2');
  t.match(shed.json(), { type: '/problems/service-unavailable', detail: /overloaded/ });
  t.equal((await app.inject('/health')).statusCode, 200);
  let recovered = 0;
  for (let i = 0; i < 50 && recovered !== 200; i++) {
    await new Promise((r) => setTimeout(r, 200));
    recovered = (await app.inject('/v1/sources')).statusCode;
  }
  t.equal(recovered, 200, 'answers again once the loop keeps up');
});

// One app for what needs no settings of its own: a build is most of each test's time.
t.test('one app with the default settings', async (t) => {
  const app = await build(t, { demo: true });

  t.test('X-Request-Id: a sane one is used and echoed, a hostile one replaced; problems name it', async (t) => {
    const given = await app.inject({ url: '/v1/flows?yaer=2020', headers: { 'x-request-id': 'dash-7f3a.1' } });
    t.equal(given.headers['x-request-id'], 'dash-7f3a.1');
    t.equal(given.json().instance, 'urn:request:dash-7f3a.1');
    for (const hostile of ['a b', 'x'.repeat(129), 'semi;colon', '']) {
      const res = await app.inject({ url: '/v1/sources', headers: { 'x-request-id': hostile } });
      t.match(res.headers['x-request-id'], /^[0-9a-f-]{36}$/, `'${hostile.slice(0, 10)}' replaced by a UUID`);
    }
  });

  t.test('/metrics: requests by route template, the pool, process metrics', async (t) => {
    await app.inject('/v1/countries/KAZ');
    await app.inject('/v1/countries/UZB');
    await app.inject('/v1/countries/XXX');
    const res = await app.inject('/metrics');
    t.equal(res.statusCode, 200);
    t.match(res.headers['content-type'], /^text\/plain; version=0\.0\.4/);
    t.match(res.body, /^http_requests_total\{method="GET",route="\/v1\/countries\/:code",status="200"\} 2$/m, 'one series per route, not per country');
    t.match(res.body, /^http_requests_total\{method="GET",route="\/v1\/countries\/:code",status="404"\} 1$/m);
    t.match(res.body, /^http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/v1\/countries\/:code",status="200"\} \d+$/m);
    t.match(res.body, /^db_pool_connections\{state="total"\} \d+$/m);
    t.match(res.body, /^process_resident_memory_bytes \d+/m);
  });

  t.test("Accept that admits none of a route's media types: 406 problem naming them", async (t) => {
    const xml = await app.inject({ url: '/v1/countries/KAZ', headers: { accept: 'application/xml' } });
    t.equal(xml.statusCode, 406);
    t.match(xml.headers['content-type'], /^application\/problem\+json/);
    t.match(xml.json(), { type: '/problems/not-acceptable', detail: /answers in application\/json;/ });
    const flows = await app.inject({ url: '/v1/flows', headers: { accept: 'image/png' } });
    t.match(flows.json(), { status: 406, detail: /application\/json, text\/csv or application\/x-ndjson/ });
    for (const accept of ['*/*', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'application/*', 'text/csv']) {
      t.equal((await app.inject({ url: '/v1/flows', headers: { accept } })).statusCode, 200, `Accept: ${accept}`);
    }
  });

  t.test('errors Node meets before Fastify (oversized headers, bytes that are no HTTP) are problem+json too', async (t) => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const raw = (text: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.end(text));
        let answer = '';
        socket.on('data', (c: Buffer) => (answer += c.toString()));
        socket.on('close', () => resolve(answer));
        socket.on('error', reject);
      });
    const huge = await raw(`GET /v1/sources HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    t.match(huge, /^HTTP\/1\.1 431 /);
    t.match(huge, /Content-Type: application\/problem\+json/);
    t.match(huge, /"status":431/);
    const garbage = await raw('\u0000\u0001 not http at all\r\n\r\n');
    t.match(garbage, /^HTTP\/1\.1 400 /);
    t.match(garbage, /"type":"about:blank"/);
  });
});

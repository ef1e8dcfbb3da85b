import t from 'tap';
import { build, importText } from '../helper.js';

const ARTICLE_2017 = 3_875_968_992.25; // 5bn / 1.29, to the cent

t.test('flows', async (t) => {
  const app = await build(t, { demo: true });

  t.test('the KAZ-UZB 2022 turnover from the seed article, with provenance', async (t) => {
    const res = await app.inject('/v1/flows?reporter=KAZ&partner=UZB&year=2022');
    t.equal(res.statusCode, 200);
    const body = res.json();
    t.equal(body.unit, 'USD');
    t.same(body.page, { limit: 1000, next: null });
    t.equal(body.data.length, 1);
    t.match(body.data[0], {
      reporter: { iso3: 'KAZ', iso2: 'KZ', m49: 398, name: 'Kazakhstan' },
      partner: { iso3: 'UZB', iso2: 'UZ', m49: 860, name: 'Uzbekistan' },
      year: 2022,
      flow: 'turnover',
      commodity: 'TOTAL',
      valueUsd: 5_000_000_000,
      estimated: false,
      source: 'seed-article',
    });
    t.type(body.data[0].release, 'number');
  });

  t.test('codes in any form; ranges', async (t) => {
    const res = await app.inject('/v1/flows?reporter=kz&partner=860&from=2017&to=2022');
    t.equal(res.statusCode, 200);
    const data = res.json().data;
    t.same(
      data.map((r: { year: number }) => r.year),
      [2017, 2022],
    );
    t.match(data[0], { valueUsd: ARTICLE_2017, estimated: true, note: /1\.29/ });
    t.equal((await app.inject('/v1/flows?from=2018')).json().data.length, 1, 'open-ended range');
    t.equal((await app.inject('/v1/flows?reporter=UZB')).json().data.length, 0, 'reporter is the reporting side only');
    t.equal((await app.inject('/v1/flows?flow=export')).json().data.length, 0);
    t.equal((await app.inject('/v1/flows?flow=turnover&commodity=total&source=seed-article')).json().data.length, 2);
  });

  t.test('columns an equality filter fixes (not fetched) come back as stored, with the rest of the row', async (t) => {
    const all = (await app.inject('/v1/flows')).json().data;
    const row = all.find((r: { year: number }) => r.year === 2022);
    const filtered = await app.inject(
      `/v1/flows?reporter=${row.reporter.iso2}&partner=${row.partner.m49}&year=2022&flow=${row.flow}&commodity=${row.commodity}&source=${row.source}`,
    );
    t.equal(filtered.statusCode, 200);
    t.same(filtered.json().data, [row]);
    const byPartner = (await app.inject(`/v1/flows?partner=${row.partner.iso3}`)).json().data;
    t.same(
      byPartner,
      all.filter((r: { partner: { iso3: string } }) => r.partner.iso3 === row.partner.iso3),
    );
  });

  t.test('limit over the maximum is a 400 naming it', async (t) => {
    const res = await app.inject('/v1/flows?reporter=KAZ&limit=100000');
    t.equal(res.statusCode, 400);
    t.match(res.headers['content-type'], /^application\/problem\+json/);
    t.match(res.json(), {
      type: '/problems/invalid-parameter',
      status: 400,
      instance: /^urn:request:[0-9a-f-]{36}$/,
      errors: [{ in: 'query', name: 'limit', message: /at most 10000/ }],
    });
  });

  t.test('bad years are 400s naming the parameter', async (t) => {
    const cases: [string, string, RegExp][] = [
      ['year=abc', 'year', /must be a year/],
      ['year=2022.5', 'year', /whole year/],
      ['year=1800', 'year', /1900 or later/],
      ['from=2022&to=2017', 'from', /must not be after to/],
      ['year=2022&from=2017', 'year', /not both/],
    ];
    for (const [query, name, message] of cases) {
      const res = await app.inject(`/v1/flows?${query}`);
      t.equal(res.statusCode, 400, query);
      t.match(res.json().errors, [{ in: 'query', name, message }], query);
    }
  });

  t.test('several bad parameters are reported together', async (t) => {
    const res = await app.inject('/v1/flows?year=abc&limit=0&flow=exports');
    t.equal(res.statusCode, 400);
    t.same(
      res
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
      ['flow', 'limit', 'year'],
    );
  });

  t.test('unknown codes and sources are 404s naming them', async (t) => {
    const country = await app.inject('/v1/flows?reporter=KAZ&partner=XXX');
    t.equal(country.statusCode, 404);
    t.match(country.json(), { errors: [{ in: 'query', name: 'partner' }], detail: /'XXX'/ });
    const source = await app.inject('/v1/flows?source=comtrade');
    t.equal(source.statusCode, 404);
    t.match(source.json(), { type: '/problems/unknown-source', detail: /seed-article/ });
    t.equal((await app.inject('/v1/flows?commodity=oil')).statusCode, 400);
  });

  t.test('pages with the cursor', async (t) => {
    const first = await app.inject('/v1/flows?limit=1');
    const body = first.json();
    t.equal(body.data[0].year, 2017);
    t.type(body.page.next, 'string');
    t.match(first.headers.link, /^<\/v1\/flows\?limit=1&cursor=[\w-]+>; rel="next"$/);
    const second = (await app.inject({ url: '/v1/flows', query: { limit: '1', cursor: body.page.next } })).json();
    t.equal(second.data[0].year, 2022);
    t.equal(second.page.next, null);
    const forged = Buffer.from(JSON.stringify(['KAZ', 'UZB', 'x', 'turnover', 'TOTAL', 's'])).toString('base64url');
    t.equal((await app.inject(`/v1/flows?cursor=${forged}`)).statusCode, 400);
  });

  t.test('CSV', async (t) => {
    const res = await app.inject({ url: '/v1/flows?year=2022', headers: { accept: 'text/csv, application/json;q=0.5' } });
    t.equal(res.statusCode, 200);
    t.match(res.headers['content-type'], /^text\/csv/);
    const [header, row] = res.body.trim().split('\n');
    t.equal(header, 'reporter,reporterName,partner,partnerName,year,flow,commodity,valueUsd,estimated,source,release,note');
    t.match(row, /^KAZ,Kazakhstan,UZB,Uzbekistan,2022,turnover,TOTAL,5000000000,false,seed-article,\d+,/);
  });
});

t.test('flows on a database without data: an empty page, not an error', async (t) => {
  const app = await build(t);
  const res = await app.inject('/v1/flows?reporter=KAZ');
  t.equal(res.statusCode, 200);
  t.same(res.json(), { unit: 'USD', data: [], page: { limit: 1000, next: null } });
  const sources = (await app.inject('/v1/sources')).json().data;
  t.same(
    sources.map((s: { id: string; releaseCount: number }) => [s.id, s.releaseCount]),
    [
      ['hs-nomenclature', 0],
      ['imf-dots', 0],
      ['imf-imts', 0],
      ['un-comtrade', 0],
    ],
    'the publishers importers know (and the nomenclature), with nothing loaded yet',
  );
});

t.test('sources', async (t) => {
  const app = await build(t, { demo: true });
  const res = await app.inject('/v1/sources');
  t.equal(res.statusCode, 200);
  const article = res.json().data.find((s: { id: string }) => s.id === 'seed-article');
  t.match(article, { id: 'seed-article', releaseCount: 1, citation: /\$5bn in 2022/ });
});

t.test('comma lists of reporters, partners and commodities (issue 11)', async (t) => {
  const app = await build(t);
  await importText(
    app,
    'reporter,partner,year,flow,commodity,value_usd\nKAZ,UZB,2020,export,TOTAL,10\nUZB,KAZ,2020,export,TOTAL,20\nKGZ,KAZ,2020,export,TOTAL,30\nKAZ,UZB,2020,export,27,5\nKAZ,UZB,2020,export,52,4\n',
    { format: 'canonical' },
  );
  const rows = async (query: string) =>
    (await app.inject(`/v1/flows?${query}`))
      .json()
      .data.map((r: { reporter: { iso3: string }; partner: { iso3: string }; commodity: string }) => [r.reporter.iso3, r.partner.iso3, r.commodity].join(' '));
  t.same(await rows('reporter=KAZ,uzb&commodity=TOTAL'), ['KAZ UZB TOTAL', 'UZB KAZ TOTAL'], 'two reporters, any case');
  t.same(await rows('reporter=KAZ&partner=UZB,KGZ&commodity=27,52'), ['KAZ UZB 27', 'KAZ UZB 52'], 'lists of partners and commodities');
  t.same(await rows('reporter=KAZ,KAZ&commodity=27'), ['KAZ UZB 27'], 'a code twice counts once');
  t.same(await rows('partner=KAZ&format=json'), ['KGZ KAZ TOTAL', 'UZB KAZ TOTAL']);

  const unknown = await app.inject('/v1/flows?reporter=KAZ,XXX,YYY');
  t.equal(unknown.statusCode, 404);
  t.match(
    unknown.json(),
    {
      errors: [
        { name: 'reporter', message: /'XXX'/ },
        { name: 'reporter', message: /'YYY'/ },
      ],
    },
    'every unknown code named at once',
  );
  const commodity = await app.inject('/v1/flows?commodity=27,2799');
  t.match(commodity.json(), { status: 404, type: '/problems/unknown-commodity', detail: /'2799'/ }, 'an unknown HS code is named, not an empty page');
  const tooMany = await app.inject(`/v1/flows?reporter=${Array.from({ length: 51 }, () => 'KAZ').join(',')}`);
  t.match(tooMany.json(), { status: 400, errors: [{ name: 'reporter', message: /at most 50/ }] });
  t.equal((await app.inject('/v1/flows?reporter=KAZ,,UZB')).statusCode, 400, 'an empty value in a list');
  t.match((await app.inject('/v1/flows?reporter=KAZ,XXX&limit=0')).json(), {
    status: 400,
    errors: [{ name: 'limit' }, { name: 'reporter', message: /'XXX'/ }],
  });
});

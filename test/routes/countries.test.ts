import t from 'tap';
import { build } from '../helper.js';

t.test('countries', async (t) => {
  const app = await build(t);

  t.test('a country by alpha-3, alpha-2 or M49, any case', async (t) => {
    for (const code of ['KAZ', 'kaz', 'kz', 'KZ', '398', '0398']) {
      const res = await app.inject(`/v1/countries/${code}`);
      t.equal(res.statusCode, 200, code);
      const body = res.json();
      t.match(body, { iso3: 'KAZ', iso2: 'KZ', m49: 398, name: 'Kazakhstan', region: 'Asia', subregion: 'Central Asia', historical: false }, code);
    }
    const kaz = (await app.inject('/v1/countries/kz')).json();
    t.same(
      kaz.groups.map((g: { id: string }) => g.id),
      ['central-asia', 'eaeu'],
      'lists the groups Kazakhstan belongs to',
    );
  });

  t.test('historical entities are known', async (t) => {
    const res = await app.inject('/v1/countries/SUN');
    t.equal(res.statusCode, 200);
    t.match(res.json(), { iso3: 'SUN', m49: 810, historical: true });
    t.equal((await app.inject('/v1/countries/XKX')).json().name, 'Kosovo');
  });

  t.test('an unknown code is a 404 problem naming it, with close matches', async (t) => {
    const res = await app.inject('/v1/countries/XXX');
    t.equal(res.statusCode, 404);
    t.match(res.headers['content-type'], /^application\/problem\+json/);
    const body = res.json();
    t.match(body, { type: '/problems/unknown-country', status: 404, instance: /^urn:request:/ });
    t.match(body.detail, /'XXX'/);
    t.same(body.errors, [{ in: 'path', name: 'code', message: body.errors[0].message }]);

    const misspelt = (await app.inject('/v1/countries/kazakstan')).json();
    t.ok(
      misspelt.suggestions.some((s: { iso3: string }) => s.iso3 === 'KAZ'),
      'suggests KAZ for "kazakstan"',
    );
    const typo = (await app.inject('/v1/countries/KZA')).json();
    t.ok(
      typo.suggestions.some((s: { iso3: string }) => s.iso3 === 'KAZ'),
      'suggests KAZ for "KZA"',
    );
  });

  t.test('filter by M49 region name or code', async (t) => {
    for (const region of ['Central Asia', 'central asia', '143']) {
      const res = await app.inject({ url: '/v1/countries', query: { region } });
      t.equal(res.statusCode, 200, region);
      t.same(
        res.json().data.map((c: { iso3: string }) => c.iso3),
        ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
        region,
      );
    }
    const europe = (await app.inject('/v1/countries?region=Europe&limit=1000')).json().data;
    t.ok(europe.length > 40, 'a region includes all its sub-regions');
    t.ok(europe.every((c: { region: string }) => c.region === 'Europe'));
  });

  t.test('an unknown region is a 400 listing the valid ones, not an empty list', async (t) => {
    const res = await app.inject('/v1/countries?region=Atlantis');
    t.equal(res.statusCode, 400);
    t.match(res.json(), { errors: [{ in: 'query', name: 'region', message: /Central Asia/ }] });
  });

  t.test('search by name, alternative name or code', async (t) => {
    const names = async (q: string) => (await app.inject({ url: '/v1/countries', query: { q } })).json().data.map((c: { iso3: string }) => c.iso3);
    t.ok((await names('russia')).includes('RUS'), 'alternative name');
    t.ok((await names('stan')).includes('UZB'), 'substring of a name');
    t.same(await names('kz'), ['KAZ'], 'alpha-2 code');
    t.same(await names('100%_'), [], 'LIKE wildcards are taken literally');
  });

  t.test('historical filter', async (t) => {
    const data = (await app.inject('/v1/countries?historical=true')).json().data;
    t.same(
      data.map((c: { iso3: string }) => c.iso3),
      ['ANT', 'BLX', 'CSK', 'DDR', 'SCG', 'SUN', 'YAR', 'YMD', 'YUG'],
    );
    t.equal((await app.inject('/v1/countries?historical=maybe')).statusCode, 400);
  });

  t.test('pages through every country with the cursor, no row twice', async (t) => {
    const all = (await app.inject('/v1/countries?limit=1000')).json();
    t.equal(all.page.next, null);
    t.ok(all.data.length >= 258, `${all.data.length} countries and entities`);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await app.inject({ url: '/v1/countries', query: { limit: '100', ...(cursor ? { cursor } : {}) } });
      t.equal(res.statusCode, 200);
      const body: { data: { iso3: string }[]; page: { next: string | null } } = res.json();
      seen.push(...body.data.map((c) => c.iso3));
      cursor = body.page.next;
      if (cursor) t.match(res.headers.link, /rel="next"/);
      pages++;
    } while (cursor && pages < 10);
    t.same(
      seen,
      all.data.map((c: { iso3: string }) => c.iso3),
    );
  });

  t.test('limits and cursors are checked', async (t) => {
    const over = await app.inject('/v1/countries?limit=1001');
    t.equal(over.statusCode, 400);
    t.match(over.json(), { errors: [{ name: 'limit', message: /at most 1000/ }] });
    const bad = await app.inject('/v1/countries?cursor=not-a-cursor');
    t.equal(bad.statusCode, 400);
    t.match(bad.json(), { errors: [{ name: 'cursor' }] });
  });

  t.test('CSV by format or by Accept', async (t) => {
    for (const req of [{ url: '/v1/countries?region=143&format=csv' }, { url: '/v1/countries?region=143', headers: { accept: 'text/csv' } }]) {
      const res = await app.inject(req);
      t.equal(res.statusCode, 200);
      t.match(res.headers['content-type'], /^text\/csv/);
      const lines = res.body.trim().split('\n');
      t.equal(lines[0], 'iso3,iso2,m49,name,region,subregion,intermediateRegion,historical');
      t.equal(lines[1], 'KAZ,KZ,398,Kazakhstan,Asia,Central Asia,,false');
      t.equal(lines.length, 6);
    }
  });
});

import t from 'tap';
import { createApiKey } from '../../src/services/api-keys.js';
import { build, postImport } from '../helper.js';

const members = (body: { members: { country: { iso3: string } }[] }) => body.members.map((m) => m.country.iso3);

t.test('groups', async (t) => {
  const app = await build(t);

  t.test('lists the groups', async (t) => {
    const res = await app.inject('/v1/groups');
    t.equal(res.statusCode, 200);
    const ids = res.json().data.map((g: { id: string }) => g.id);
    t.same(ids, ['central-asia', 'eaeu', 'eu', 'gcc']);
    t.match(res.json().data[0], { id: 'central-asia', memberCount: 5 });
  });

  t.test('central-asia has the five members', async (t) => {
    const res = await app.inject('/v1/groups/central-asia');
    t.equal(res.statusCode, 200);
    t.same(members(res.json()), ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    t.same(res.json().members[0].country, { iso3: 'KAZ', iso2: 'KZ', m49: 398, name: 'Kazakhstan' });
  });

  t.test('membership by year', async (t) => {
    const eu = async (year: number) => members((await app.inject(`/v1/groups/eu?year=${year}`)).json());
    t.ok((await eu(2020)).includes('GBR'), 'the UK counts in 2020');
    t.notOk((await eu(2021)).includes('GBR'), 'not in 2021');
    t.notOk((await eu(2012)).includes('HRV'), 'Croatia joined in 2013');
    t.ok((await eu(2013)).includes('HRV'));
    t.equal((await eu(2021)).length, 27);
    t.equal((await eu(2019)).length, 28);
    const eaeu = async (year: number) => members((await app.inject(`/v1/groups/eaeu?year=${year}`)).json());
    t.same(await eaeu(2014), []);
    t.same(await eaeu(2015), ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS']);
    const gb = (await app.inject('/v1/groups/eu')).json().members.find((m: { country: { iso3: string } }) => m.country.iso3 === 'GBR');
    t.same({ fromYear: gb.fromYear, toYear: gb.toYear }, { fromYear: 1973, toYear: 2020 });
  });

  // Group trade is computed once per data version (services/version-memo.ts): an import must show at once.
  t.test('group trade follows an import at once', async (t) => {
    const trade = async () => (await app.inject('/v1/groups/central-asia/trade?year=2015')).json().data[0];
    const before = await trade();
    t.same(await trade(), before, 'asked again: the same answer');
    const { key } = await createApiKey(app.db, 'groups test');
    const imported = await postImport(app, key, 'reporter,partner,year,flow,value_usd\nKAZ,KGZ,2015,export,1000000\nKAZ,CHN,2015,export,5000000\n');
    t.equal(imported.statusCode, 201, imported.body);
    const after = await trade();
    const cell = after.matrix.find((c: { reporter: { iso3: string }; partner: { iso3: string } }) => c.reporter.iso3 === 'KAZ' && c.partner.iso3 === 'KGZ');
    t.match(cell, { value: 1000000, basis: 'reporter' }, "the new figure, not the kept answer's");
    t.not(after.total.value, before.total.value);
  });

  t.test('ids are case-insensitive', async (t) => {
    t.equal((await app.inject('/v1/groups/Central-Asia')).statusCode, 200);
  });

  t.test('an unknown group is a 404 listing the known ones', async (t) => {
    const res = await app.inject('/v1/groups/atlantis');
    t.equal(res.statusCode, 404);
    t.match(res.headers['content-type'], /problem\+json/);
    t.match(res.json(), { type: '/problems/unknown-group', detail: /central-asia/, errors: [{ in: 'path', name: 'id' }] });
  });

  t.test('a bad year is a 400', async (t) => {
    const res = await app.inject('/v1/groups/eu?year=abc');
    t.equal(res.statusCode, 400);
    t.match(res.json(), { errors: [{ in: 'query', name: 'year' }] });
  });
});

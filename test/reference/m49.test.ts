import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import t from 'tap';
import { buildCountryRows } from '../../src/reference/countries.js';
import { GROUPS } from '../../src/reference/groups.js';
import { SHARED_DATA } from '../helper.js';

const rows = buildCountryRows();
const byIso3 = new Map(rows.map((r) => [r.iso3, r]));

t.test('codes are unique', async (t) => {
  for (const key of ['iso3', 'iso2', 'm49'] as const) {
    const values = rows.map((r) => r[key]).filter((v) => v !== null);
    t.equal(new Set(values).size, values.length, key);
  }
});

t.test('Central Asia as the issue and the article need it', async (t) => {
  for (const [iso3, m49] of [
    ['KAZ', 398],
    ['KGZ', 417],
    ['TJK', 762],
    ['TKM', 795],
    ['UZB', 860],
  ] as const) {
    t.match(byIso3.get(iso3), { m49, region: 'Asia', subregion: 'Central Asia' }, iso3);
  }
});

t.test('group members are known countries', async (t) => {
  for (const group of GROUPS) for (const m of group.members) t.ok(byIso3.has(m.iso3), `${group.id}: ${m.iso3}`);
});

const m49File = new URL('reference/unsd_m49_en.csv', SHARED_DATA);
t.test('the M49 table matches the UN Statistics Division file', { skip: !existsSync(m49File) && `${m49File.pathname} is absent` }, async (t) => {
  const [header, ...lines] = readFileSync(m49File, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const columns = header!.split(',');
  const col = (name: string) => columns.indexOf(name);
  let checked = 0;
  for (const line of lines) {
    // The UNSD file quotes no field that contains a comma in the columns used here; verify that.
    const cells = line.split(',');
    if (cells.length !== columns.length) continue;
    const iso3 = cells[col('ISO-alpha3 Code')];
    if (!iso3) continue;
    const ours = byIso3.get(iso3);
    t.ok(ours, `${iso3} is known`);
    if (!ours) continue;
    t.same(
      { m49: ours.m49, region: ours.region, subregion: ours.subregion, intermediateRegion: ours.intermediateRegion },
      {
        m49: Number(cells[col('M49 Code')]),
        region: cells[col('Region Name')] || null,
        subregion: cells[col('Sub-region Name')] || null,
        intermediateRegion: cells[col('Intermediate Region Name')] || null,
      },
      iso3,
    );
    checked++;
  }
  t.ok(checked >= 240, `${checked} countries cross-checked`);
});

const imfFile = new URL('imf-dots/bilateral_2000_2020.csv.gz', SHARED_DATA);
t.test('every code in the IMF bilateral file is known', { skip: !existsSync(imfFile) && `${imfFile.pathname} is absent` }, async (t) => {
  const codes = new Set<string>();
  for (const line of gunzipSync(readFileSync(imfFile)).toString('utf8').split('\n').slice(1)) {
    const [reporter, partner] = line.split(',');
    if (reporter && partner) codes.add(reporter).add(partner);
  }
  t.same(
    [...codes].filter((c) => !byIso3.has(c)),
    [],
  );
  t.ok(codes.size > 200);
});

import Papa from 'papaparse';
import t from 'tap';
import { FIXTURES, build, importFile, importText } from '../helper.js';

const csvRows = (body: string) => Papa.parse<string[]>(body.trim()).data;

// Issue 10: `format=csv` and `Accept: text/csv` on the analytics routes answered JSON, or were refused.
const ROUTES: [path: string, fileName: string, columns: RegExp][] = [
  [
    '/v1/bilateral/KAZ/UZB?from=2019&to=2020',
    'bilateral-KAZ-UZB-2019-2020',
    /^reporter,partner,commodity,year,measure,value,unit,basis,estimated,derived,source,reportedValue/,
  ],
  [
    '/v1/bilateral/KAZ/UZB/growth?from=2019&to=2020',
    'growth-total-KAZ-UZB-2019-2020',
    /^reporter,partner,commodity,measure,year,value,unit,yoyPct,startYear,endYear,change,changePct,cagrPct/,
  ],
  ['/v1/bilateral/KAZ/UZB/mirror?year=2020', 'mirror-KAZ-UZB-2020', /^reporter,partner,commodity,year,flow,reportedValue,reportedEstimated,mirrorValue/],
  ['/v1/countries/KAZ/partners?year=2020', 'partners-KAZ-2020', /^reporter,commodity,year,measure,within,rank,partner,partnerName,value,unit,sharePct/],
  ['/v1/groups/central-asia/trade?year=2020', 'group-trade-central-asia-2020', /^group,commodity,year,measure,reporter,partner,value,unit,intraSharePct/],
  [
    '/v1/bilateral/KAZ/UZB/products?year=2020&source=un-comtrade',
    'products-KAZ-UZB-export-hs2-2020',
    /^reporter,partner,within,year,flow,level,parent,rank,commodity,commodityName,value,unit,sharePct/,
  ],
  ['/v1/countries/KAZ/products?year=2020&source=un-comtrade', 'products-KAZ-export-hs2-2020', /^reporter,partner,within,year,flow,level,parent,rank,commodity/],
  ['/v1/flows?reporter=KAZ&partner=UZB', 'flows-KAZ-UZB', /^reporter,reporterName,partner/],
  // Lists and years in the name; the comma of a list is not a file-name character.
  ['/v1/flows?reporter=KAZ,UZB&partner=UZB,KAZ&from=2019&to=2020', 'flows-KAZ_UZB-UZB_KAZ-2019-2020', /^reporter,reporterName,partner/],
  ['/v1/commodities?parent=TOTAL', 'commodities', /^code,level,name,parent,section,description,classification/],
  ['/v1/availability?reporter=KAZ', 'availability', /^reporter,reporterName,year,source,partners,levels,flows,release,releasedAt/],
  ['/v1/countries?q=kaz', 'countries', /^iso3,iso2,m49,name/],
  ['/v1/groups', 'groups', /^id,name,kind,description,url,memberCount/],
  ['/v1/sources', 'sources', /^id,name,publisher,url,license,citation,notes,releaseCount/],
  ['/v1/releases', 'releases', /^id,source,format,fileName,sha256,status,rowsRead.*,apiKeyId,apiKeyName/],
];

t.test('every analytics and collection route answers CSV and NDJSON, by format or Accept', async (t) => {
  const app = await build(t);
  await importFile(app, new URL('ingest/imf-dots.csv', FIXTURES), { format: 'imf-dots' });
  // Two chapters of KAZ's exports to UZB (the chapters are known on a fresh database).
  const chapters = 'reporter,partner,year,flow,commodity,value_usd\nKAZ,UZB,2020,export,27,900000000\nKAZ,UZB,2020,export,52,100000000\n';
  await importText(app, chapters, { format: 'canonical', source: 'un-comtrade' });
  for (const [path, fileName, columns] of ROUTES) {
    const join = path.includes('?') ? '&' : '?';
    const csv = await app.inject(`${path}${join}format=csv`);
    t.equal(csv.statusCode, 200, `${path} csv`);
    t.match(csv.headers['content-type'], /^text\/csv; charset=utf-8/, path);
    t.equal(csv.headers['content-disposition'], `attachment; filename="${fileName}.csv"`, `${path}: a meaningful file name`);
    t.match(csv.body, columns, `${path}: flat columns`);
    const rows = csvRows(csv.body);
    t.ok(rows.length > 1, `${path}: rows`);
    t.ok(
      rows.every((r) => r.length === rows[0]!.length),
      `${path}: every row has every column`,
    );

    const byAccept = await app.inject({ url: path, headers: { accept: 'text/csv' } });
    t.equal(byAccept.body, csv.body, `${path}: Accept: text/csv gives the same CSV`);

    const ndjson = await app.inject({ url: path, headers: { accept: 'application/x-ndjson' } });
    t.match(ndjson.headers['content-type'], /^application\/x-ndjson/, path);
    const lines = ndjson.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    t.equal(lines.length, rows.length - 1, `${path}: one NDJSON line per CSV row`);
    t.same(Object.keys(lines[0]!), rows[0], `${path}: the same columns`);
  }

  // The figures are the JSON's: KAZ-UZB 2020 total (imf-dots fixture: 2133.337432 + 780.139 million).
  const series = csvRows((await app.inject('/v1/bilateral/KAZ/UZB?year=2020&format=csv')).body);
  const header = series[0]!;
  const total = series.find((r) => r[header.indexOf('measure')] === 'total')!;
  t.equal(total[header.indexOf('value')], '2913476432');
  t.equal(total[header.indexOf('source')], 'imf-dots', 'provenance in the row');

  const partners = csvRows((await app.inject('/v1/countries/KAZ/partners?year=2020&limit=1&format=csv')).body);
  t.equal(partners.at(-1)![partners[0]!.indexOf('partner')], 'rest', 'the rest as the last row');

  const bad = await app.inject('/v1/bilateral/KAZ/UZB?format=xlsx');
  t.equal(bad.statusCode, 400);
  t.match(bad.json(), { errors: [{ name: 'format', message: 'must be json, csv or ndjson' }] });
});

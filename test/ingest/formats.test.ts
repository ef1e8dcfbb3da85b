import t from 'tap';
import { FIXTURES, build, importFile } from '../helper.js';
import type { FastifyInstance } from 'fastify';

type Row = {
  reporter: { iso3: string };
  partner: { iso3: string };
  year: number;
  flow: string;
  commodity: string;
  valueUsd: number;
  estimated: boolean;
  source: string;
};

async function flows(app: FastifyInstance, query = '') {
  const body = (await app.inject(`/v1/flows?limit=100${query}`)).json();
  return (body.data as Row[]).map((r) => [r.reporter.iso3, r.partner.iso3, r.year, r.flow, r.commodity, r.valueUsd, r.estimated, r.source]);
}

t.test('canonical', async (t) => {
  const app = await build(t);
  const summary = await importFile(app, new URL('ingest/canonical.csv', FIXTURES), { format: 'canonical' });
  t.match(summary, { rowsRead: 4, inserted: 4, updated: 0, unchanged: 0, rejected: 0 });
  t.same(await flows(app), [
    ['KAZ', 'CHN', 2021, 'export', '27', 15_000_000_000, false, 'imf-dots'],
    ['KAZ', 'UZB', 2021, 'export', 'TOTAL', 2_900_000_000, false, 'imf-dots'],
    ['KAZ', 'UZB', 2021, 'import', 'TOTAL', 1_234_567.89, true, 'imf-dots'],
    ['UZB', 'KAZ', 2021, 'import', 'TOTAL', 3_100_000_000.5, false, 'imf-dots'],
  ]);
});

t.test('imf-dots: US$ millions, empty cells not reported, estimate flags, historical codes', async (t) => {
  const app = await build(t);
  const summary = await importFile(app, new URL('ingest/imf-dots.csv', FIXTURES), { format: 'imf-dots' });
  t.match(summary, { rowsRead: 6, inserted: 6, rejected: 0 });
  t.same(await flows(app), [
    ['KAZ', 'KGZ', 2020, 'import', 'TOTAL', 512_500_000, true, 'imf-dots'],
    ['KAZ', 'UZB', 2020, 'export', 'TOTAL', 2_133_337_432, false, 'imf-dots'],
    ['KAZ', 'UZB', 2020, 'import', 'TOTAL', 780_139_000, false, 'imf-dots'],
    ['SUN', 'DEU', 1990, 'export', 'TOTAL', 1_500_250_000, true, 'imf-dots'],
    ['UZB', 'KAZ', 2020, 'export', 'TOTAL', 801_200_000, false, 'imf-dots'],
    ['UZB', 'KAZ', 2020, 'import', 'TOTAL', 2_250_000_000, false, 'imf-dots'],
  ]);
});

t.test('comtrade: M49 and Comtrade codes, World and breakdown rows kept out', async (t) => {
  const app = await build(t);
  const summary = await importFile(app, new URL('ingest/comtrade.csv', FIXTURES), { format: 'comtrade' });
  t.match(summary, { rowsRead: 3, inserted: 3, rejected: 0 });
  t.same(await flows(app), [
    ['KAZ', 'UZB', 2022, 'export', 'TOTAL', 3_100_456_789.12, false, 'un-comtrade'],
    ['KAZ', 'UZB', 2022, 'import', 'TOTAL', 1_500_000_000, true, 'un-comtrade'],
    ['USA', 'KAZ', 2022, 'import', '27', 987_654_321, false, 'un-comtrade'],
  ]);
});

t.test('sdmx-csv: indicators to flows, SCALE applied, labels stripped, World kept out', async (t) => {
  const app = await build(t);
  const summary = await importFile(app, new URL('ingest/sdmx.csv', FIXTURES), { format: 'sdmx-csv' });
  t.match(summary, { rowsRead: 3, inserted: 3, rejected: 0 });
  t.same(await flows(app), [
    ['KAZ', 'UZB', 2021, 'export', 'TOTAL', 2_901_500_000, false, 'imf-imts'],
    ['KAZ', 'UZB', 2021, 'import', 'TOTAL', 1_100_250_000, false, 'imf-imts'],
    ['UZB', 'KAZ', 2021, 'import', 'TOTAL', 2_950_000_000, false, 'imf-imts'],
  ]);
});

t.test('gzip input is recognised by content', async (t) => {
  const { gzipSync } = await import('node:zlib');
  const { readFileSync, writeFileSync, mkdtempSync } = await import('node:fs');
  const path = await import('node:path');
  const join = path.join.bind(path);
  const { tmpdir } = await import('node:os');
  const app = await build(t);
  const file = join(mkdtempSync(join(tmpdir(), 'gz-')), 'no-extension');
  writeFileSync(file, gzipSync(readFileSync(new URL('ingest/imf-dots.csv', FIXTURES))));
  t.match(await importFile(app, file, { format: 'imf-dots' }), { rowsRead: 6, inserted: 6 });
});

import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createReadStream } from 'node:fs';
import t from 'tap';
import { buildApp } from '../../src/build-app.js';
import { importFlows } from '../../src/ingest/import.js';
import { DotsFile, close } from '../analytics/reference-computation.js';
import { BACKEND, SHARED_DATA, freshDatabase, testConfig } from '../helper.js';

const file = new URL('imf-dots/bilateral_2000_2020.csv.gz', SHARED_DATA);

t.test(
  'the full IMF 2000-2020 file into a fresh Postgres database',
  {
    skip:
      (BACKEND !== 'postgres' && 'Postgres only (the acceptance run); PGlite is covered by the Central Asia file') ||
      (!existsSync(file) && `${file.pathname} is absent`),
  },
  async (t) => {
    // Every non-empty value is one observation: counted from the file itself.
    let expected = 0;
    for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n').slice(1)) {
      const cells = line.split(',');
      if (cells[3]) expected++;
      if (cells[4]) expected++;
    }
    const app = await buildApp({ config: testConfig(await freshDatabase(t)) });
    t.teardown(() => app.close());
    const run = () =>
      importFlows(app.dbHandle, createReadStream(file), { format: 'imf-dots', source: 'imf-dots', onError: 'abort', fileName: 'bilateral_2000_2020.csv.gz' });

    const first = await run();
    t.match(first, { rowsRead: expected, inserted: expected, updated: 0, unchanged: 0, rejected: 0 });
    const kazUzb = (await app.inject('/v1/flows?reporter=KAZ&partner=UZB&year=2020&flow=export')).json().data;
    t.equal(kazUzb.length, 1);
    t.ok(Math.abs(kazUzb[0].valueUsd - 2_133_337_432) <= 1, `KAZ->UZB exports 2020 = ${kazUzb[0].valueUsd}`);

    // Ranking and shares against all partners, computed independently from the file.
    const dots = new DotsFile(file);
    for (const code of ['KAZ', 'DEU', 'USA']) {
      const expected = dots
        .partnersOf(code, 2020)
        .map((p) => [p, dots.total(code, p, 2020)] as const)
        .filter((e): e is readonly [string, number] => e[1] !== undefined)
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
      const sum = expected.reduce((acc, [, v]) => acc + v, 0);
      const body = (await app.inject(`/v1/countries/${code}/partners?year=2020&limit=300`)).json();
      t.ok(close(body.total.value, sum), `${code}: total ${body.total.value} ≈ ${sum}`);
      t.same(
        body.data.map((r: { partner: { iso3: string } }) => r.partner.iso3),
        expected.map(([p]) => p),
        `${code}: ranking`,
      );
      const wrong = body.data.filter(
        (r: { value: number; sharePct: number }, i: number) => !close(r.value, expected[i]![1]) || !close(r.sharePct, (expected[i]![1] / sum) * 100),
      );
      t.same(wrong, [], `${code}: every value and share`);
    }

    const again = await run();
    t.match(again, { rowsRead: expected, inserted: 0, updated: 0, unchanged: expected, rejected: 0 });
    t.equal(again.sha256, first.sha256);
  },
);

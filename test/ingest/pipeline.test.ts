import { count, eq } from 'drizzle-orm';
import t from 'tap';
import { ImportRejectedError } from '../../src/ingest/import.js';
import { ProblemError } from '../../src/problem.js';
import { FileFormatError } from '../../src/ingest/formats/contract.js';
import { releases, tradeFlowRevisions, tradeFlows } from '../../src/db/schema.js';
import { FIXTURES, build, importFile, importText } from '../helper.js';
import type { FastifyInstance } from 'fastify';

const HEADER = 'reporter,partner,year,flow,commodity,value_usd,estimated\n';

async function counts(app: FastifyInstance) {
  const [flows] = await app.db.select({ n: count() }).from(tradeFlows);
  const [revisions] = await app.db.select({ n: count() }).from(tradeFlowRevisions);
  // A failed import leaves a release with status 'failed' and its reason, and nothing else.
  const [rels] = await app.db.select({ n: count() }).from(releases).where(eq(releases.status, 'completed'));
  return { flows: flows!.n, revisions: revisions!.n, releases: rels!.n };
}

t.test('bad rows: abort writes nothing and names every line; skip loads the good ones', async (t) => {
  const app = await build(t);
  const file = new URL('ingest/bad-rows.csv', FIXTURES);
  const before = await counts(app);
  const error = await importFile(app, file, { format: 'canonical' }).catch((e: unknown) => e);
  t.type(error, ImportRejectedError);
  const rejected = error as ImportRejectedError;
  t.equal(rejected.rejected, 2);
  t.same(rejected.samples, [
    { line: 3, reason: `impossible year 2030: must be between 1900 and ${new Date().getUTCFullYear()}` },
    { line: 4, reason: "unknown reporter code 'QQQ'" },
  ]);
  t.match(rejected.body.errors, [
    { name: 'line 3', message: /impossible year 2030/ },
    { name: 'line 4', message: /unknown reporter code 'QQQ'/ },
  ]);
  t.same(await counts(app), before, 'the database is unchanged');
  const [failed] = (await app.inject('/v1/releases')).json().data;
  t.match(failed, {
    status: 'failed',
    source: 'imf-dots',
    format: 'canonical',
    rowsRead: 0,
    failureReason: '2 row(s) rejected; nothing was imported (onError=skip loads the good rows); each is listed.',
    apiKey: null,
  });
  t.ok(failed.finishedAt >= failed.startedAt, 'a failed import has its end time too');

  const summary = await importFile(app, file, { format: 'canonical', onError: 'skip' });
  t.match(summary, { rowsRead: 4, inserted: 2, rejected: 2, updated: 0, unchanged: 0 });
  t.same(
    summary.rejectedSamples.map((r) => r.line),
    [3, 4],
  );
  const release = (await app.inject(`/v1/releases/${summary.release}`)).json();
  t.match(release, { status: 'completed', inserted: 2, rejected: 2, rejectedSamples: [{ line: 3 }, { line: 4 }] });
});

t.test('each kind of bad value has its reason', async (t) => {
  const app = await build(t);
  const rows = [
    'KAZ,UZB,20x0,export,TOTAL,1,false',
    'KAZ,UZB,1850,export,TOTAL,1,false',
    'KAZ,KAZ,2020,export,TOTAL,1,false',
    'KAZ,UZB,2020,exports,TOTAL,1,false',
    'KAZ,UZB,2020,export,oil,1,false',
    'KAZ,UZB,2020,export,TOTAL,-5,false',
    'KAZ,UZB,2020,export,TOTAL,,false',
    'KAZ,UZB,2020,export,TOTAL,1e30,false',
    'KAZ,UZB,2020,export,TOTAL,0x10,false',
    'KAZ,UZB,2020,export,TOTAL,1,maybe',
    'KAZ,XXX,2020,export,TOTAL,1,false',
  ];
  const error = (await importText(app, HEADER + rows.join('\n'), { format: 'canonical' }).catch((e: unknown) => e)) as ImportRejectedError;
  t.type(error, ImportRejectedError);
  t.same(
    error.samples.map((s) => s.reason),
    [
      "year '20x0' is not a four-digit year",
      `impossible year 1850: must be between 1900 and ${new Date().getUTCFullYear()}`,
      'reporter and partner are both KAZ',
      "unknown flow 'exports': must be export, import, re-export, re-import or turnover",
      "commodity 'oil' is neither TOTAL nor an HS code of 2, 4 or 6 digits",
      'negative value -5',
      'value is missing',
      'value 1e30 is too large: at most 10 trillion US dollars, the most a JSON number holds to the cent',
      "value '0x10' is not a number",
      "estimated flag 'maybe' is neither true nor false",
      "unknown partner code 'XXX'",
    ],
  );
});

t.test('a key twice in one file is rejected on a first import and on a later one', async (t) => {
  const app = await build(t);
  const duplicated = `${HEADER}KAZ,UZB,2020,export,TOTAL,1,false\nKAZ,UZB,2020,export,TOTAL,2,false\nKAZ,UZB,2021,export,TOTAL,3,false\n`;
  for (const attempt of ['first import', 'after other data']) {
    const error = (await importText(app, duplicated, { format: 'canonical' }).catch((e: unknown) => e)) as ImportRejectedError;
    t.type(error, ImportRejectedError, attempt);
    t.same(error.samples, [
      { line: 2, reason: 'duplicate: lines 2, 3 give the same reporter, partner, year, flow and commodity' },
      { line: 3, reason: 'duplicate: lines 2, 3 give the same reporter, partner, year, flow and commodity' },
    ]);
    const skipped = await importText(app, duplicated, { format: 'canonical', onError: 'skip', source: attempt === 'first import' ? 'imf-imts' : 'imf-dots' });
    t.match(skipped, { inserted: 1, rejected: 2 }, attempt);
    if (attempt === 'first import') await importText(app, `${HEADER}KAZ,CHN,2020,export,TOTAL,1,false\n`, { format: 'canonical' });
  }
});

t.test('re-import is idempotent; a changed value is updated and the old one kept', async (t) => {
  const app = await build(t);
  const file = new URL('ingest/imf-dots.csv', FIXTURES);
  const first = await importFile(app, file, { format: 'imf-dots' });
  t.match(first, { inserted: 6, updated: 0, unchanged: 0 });

  const again = await importFile(app, file, { format: 'imf-dots' });
  t.match(again, { rowsRead: 6, inserted: 0, updated: 0, unchanged: 6, rejected: 0 });
  t.equal((await counts(app)).revisions, 0, 'no revisions written');

  const { readFileSync } = await import('node:fs');
  const changed = readFileSync(file, 'utf8').replace('2133.337432', '2200.5');
  const third = await importText(app, changed, { format: 'imf-dots' });
  t.match(third, { inserted: 0, updated: 1, unchanged: 5 });
  t.equal((await counts(app)).revisions, 1);

  const now = (await app.inject('/v1/flows?reporter=KAZ&partner=UZB&flow=export')).json().data[0];
  t.match(now, { valueUsd: 2_200_500_000, release: third.release });
  for (const asOf of [String(first.release), String(again.release)]) {
    const then = (await app.inject(`/v1/flows?reporter=KAZ&partner=UZB&flow=export&asOf=${asOf}`)).json().data;
    t.match(then, [{ valueUsd: 2_133_337_432, release: first.release }], `asOf release ${asOf}`);
  }
  const dated = (await app.inject(`/v1/flows?reporter=KAZ&partner=UZB&flow=export&asOf=${new Date().toISOString()}`)).json().data;
  t.match(dated, [{ valueUsd: 2_200_500_000 }], 'asOf now gives the current value');
  t.same((await app.inject('/v1/flows?asOf=1999-01-01')).json().data, [], 'before any release: nothing');
  const missing = await app.inject('/v1/flows?asOf=999');
  t.equal(missing.statusCode, 404);
  t.match(missing.json(), { type: '/problems/unknown-release', errors: [{ name: 'asOf' }] });
  t.equal((await app.inject('/v1/flows?asOf=yesterday')).statusCode, 400);

  const rows = (await app.inject(`/v1/flows?asOf=${first.release}&limit=100`)).json().data;
  t.equal(rows.length, 6, 'asOf keeps flows loaded by then');
});

t.test('files that cannot be read are refused whole', async (t) => {
  const app = await build(t);
  const before = await counts(app);
  const missingColumn = await importText(app, 'reporter,partner,year\nKAZ,UZB,2020\n', { format: 'canonical' }).catch((e: unknown) => e);
  t.type(missingColumn, FileFormatError);
  t.match((missingColumn as Error).message, /lacks column\(s\) flow, value_usd/);
  t.type(await importText(app, '', { format: 'canonical' }).catch((e: unknown) => e), FileFormatError);
  const badGzip = Buffer.from([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const gzipError = await importText(app, badGzip, { format: 'canonical' }).catch((e: unknown) => e);
  t.type(gzipError, FileFormatError);
  t.match((gzipError as Error).message, /not a valid gzip file/);
  const unknownSource = await importText(app, `${HEADER}KAZ,UZB,2020,export,TOTAL,1,false\n`, { format: 'canonical', source: 'nope' }).catch((e: unknown) => e);
  t.type(unknownSource, ProblemError);
  t.match((unknownSource as ProblemError).body, { type: '/problems/unknown-source', detail: /Unknown source 'nope'/ });
  t.same(await counts(app), before);
});

t.test('line numbers count quoted newlines and blank lines', async (t) => {
  const app = await build(t);
  const text = `${HEADER}KAZ,UZB,2020,export,"TO\nTAL",1,false\n\nKAZ,QQQ,2020,export,TOTAL,1,false\n`;
  const error = (await importText(app, text, { format: 'canonical' }).catch((e: unknown) => e)) as ImportRejectedError;
  t.same(
    error.samples.map((s) => s.line),
    [2, 5],
  );
});

t.test('a release records when it finished, not when it began', async (t) => {
  const app = await build(t);
  const summary = await importText(app, `${HEADER}KAZ,UZB,2020,export,TOTAL,1,false\n`, { format: 'canonical' });
  const release = (await app.inject(`/v1/releases/${summary.release}`)).json();
  t.ok(Date.parse(release.finishedAt) > Date.parse(release.startedAt), `${release.startedAt} < ${release.finishedAt}`);
});

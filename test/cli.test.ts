import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import t from 'tap';
import { readFileSync } from 'node:fs';
import { buildApp } from '../src/build-app.js';
import { cliEnv, freshDatabase, testConfig } from './helper.js';

const run = promisify(execFile);

t.test('cli seed demo loads the article figures once', async (t) => {
  const database = await freshDatabase(t);
  const env = cliEnv(database);
  const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env });

  const first = await cli('seed', 'demo');
  t.match(first.stdout, /demo data loaded as release \d+/);
  const second = await cli('seed', 'demo');
  t.match(second.stdout, /already loaded; nothing written/);

  const bad = await cli('seed', 'everything').catch((e: { code: number; stderr: string }) => e);
  t.equal((bad as { code: number }).code, 2);
  t.match((bad as { stderr: string }).stderr, /unknown dataset 'everything'/);
});

t.test('cli refuses a bad configuration, naming the variable', async (t) => {
  const result = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'migrate'], {
    env: { ...process.env, DATABASE_URL: 'mysql://nope' },
  }).catch((e: { code: number; stderr: string }) => e);
  t.equal((result as { code: number }).code, 1);
  t.match((result as { stderr: string }).stderr, /DATABASE_URL="mysql:\/\/nope"/);
});

t.test('cli import reports and fails as it should; cli keys create makes a working key', async (t) => {
  const database = await freshDatabase(t);
  const env = cliEnv(database);
  const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env });
  const fixture = (name: string) => new URL(`fixtures/ingest/${name}`, import.meta.url).pathname;

  const ok = await cli('import', fixture('imf-dots.csv'), '--format', 'imf-dots', '--source', 'imf-dots');
  t.match(ok.stdout, /release \d+: 6 rows read .*: 6 inserted, 0 updated, 0 unchanged, 0 rejected/);
  t.match(ok.stderr, /6 rows/, 'progress lines when not on a terminal');

  const bad = (await cli('import', fixture('bad-rows.csv'), '--format', 'canonical', '--source', 'imf-dots').catch((e: unknown) => e)) as { code: number; stderr: string };
  t.equal(bad.code, 1);
  t.match(bad.stderr, /line 3: impossible year 2030[\s\S]*line 4: unknown reporter code 'QQQ'/);

  const skip = await cli('import', fixture('bad-rows.csv'), '--format', 'canonical', '--source', 'imf-dots', '--on-error', 'skip');
  t.match(skip.stdout, /2 inserted, 0 updated, 0 unchanged, 2 rejected\n {2}rejected line 3: impossible year 2030/);

  const format = (await cli('import', fixture('bad-rows.csv'), '--format', 'xlsx', '--source', 'imf-dots').catch((e: unknown) => e)) as { code: number; stderr: string };
  t.not(format.code, 0);
  t.match(format.stderr, /Allowed choices are canonical, imf-dots, comtrade, sdmx-csv/);

  const source = (await cli('import', fixture('imf-dots.csv'), '--format', 'imf-dots', '--source', 'nope').catch((e: unknown) => e)) as { code: number; stderr: string };
  t.equal(source.code, 1);
  t.match(source.stderr, /unknown source 'nope'; known sources: imf-dots, imf-imts, un-comtrade/);

  const created = await cli('keys', 'create', '--name', 'ci');
  const key = created.stdout.trim().split('\n').at(-1)!;
  t.match(key, /^tsa_[\w-]{32}$/);
  const listed = await cli('keys', 'list');
  t.match(listed.stdout, /^1\tci\tcreated .*\tactive$/m);
  t.notMatch(listed.stdout, key, 'list never shows the secret');

  const app = await buildApp({ config: testConfig(database) });
  t.teardown(() => app.close());
  const res = await app.inject({
    method: 'POST',
    url: '/v1/imports?format=imf-dots&source=imf-dots',
    payload: readFileSync(fixture('imf-dots.csv')),
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${key}` },
  });
  t.equal(res.statusCode, 201, 'the key opens POST /v1/imports');
});

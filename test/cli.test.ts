import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { buildApp } from '../src/build-app.js';
import { openDatabase } from '../src/db/client.js';
import { freshDatabase, testConfig } from './helper.js';
import { extractPristineCluster } from './templates.js';
import { childProcessEnv, cli, cliEnv } from './run-cli.js';

const fixture = (name: string) => new URL(`fixtures/ingest/${name}`, import.meta.url).pathname;

t.test('cli seed demo loads the article figures once', async (t) => {
  const env = cliEnv(await freshDatabase(t));
  const first = await cli(env, 'seed', 'demo');
  t.equal(first.code, 0);
  t.match(first.stdout, /demo data loaded as release \d+/);
  t.match((await cli(env, 'seed', 'demo')).stdout, /already loaded; nothing written/);

  const bad = await cli(env, 'seed', 'everything');
  t.equal(bad.code, 2);
  t.match(bad.stderr, /unknown dataset 'everything'/);
});

t.test('cli refuses a bad configuration, naming the variable', async (t) => {
  const result = await cli({ ...process.env, DATABASE_URL: 'mysql://nope' }, 'migrate');
  t.equal(result.code, 1);
  t.match(result.stderr, /DATABASE_URL="mysql:\/\/nope"/);
});

t.test('cli usage errors and help', async (t) => {
  const unknown = await cli(process.env, 'frobnicate');
  t.not(unknown.code, 0);
  t.match(unknown.stderr, /unknown command 'frobnicate'/);
  const help = await cli(process.env, '--help');
  t.equal(help.code, 0);
  t.match(help.stdout, /import \[options\] <file>/);
});

t.test('cli migrate', async (t) => {
  const env = cliEnv(await freshDatabase(t));
  const migrated = await cli(env, 'migrate');
  t.equal(migrated.code, 0);
  t.match(migrated.stdout, /is migrated and reference data is current/);
});

t.test('cli import reports and fails as it should; cli keys create makes a working key', async (t) => {
  const database = await freshDatabase(t);
  const env = cliEnv(database);

  const ok = await cli(env, 'import', fixture('imf-dots.csv'), '--format', 'imf-dots', '--source', 'imf-dots');
  t.equal(ok.code, 0);
  t.match(ok.stdout, /release \d+: 6 rows read .*: 6 inserted, 0 updated, 0 unchanged, 0 rejected/);
  t.match(ok.stderr, /6 rows/, 'progress lines when not on a terminal');

  const bad = await cli(env, 'import', fixture('bad-rows.csv'), '--format', 'canonical', '--source', 'imf-dots');
  t.equal(bad.code, 1);
  t.match(bad.stderr, /2 row\(s\) rejected; nothing was imported[\s\S]*line 3: impossible year 2030[\s\S]*line 4: unknown reporter code 'QQQ'/);

  const skip = await cli(env, 'import', fixture('bad-rows.csv'), '--format', 'canonical', '--source', 'imf-dots', '--on-error', 'skip');
  t.match(skip.stdout, /2 inserted, 0 updated, 0 unchanged, 2 rejected\n {2}rejected line 3: impossible year 2030/);

  const format = await cli(env, 'import', fixture('bad-rows.csv'), '--format', 'xlsx', '--source', 'imf-dots');
  t.not(format.code, 0);
  t.match(format.stderr, /Allowed choices are canonical, imf-dots, imf-dots-world, comtrade, sdmx-csv, hs-nomenclature/);

  const source = await cli(env, 'import', fixture('imf-dots.csv'), '--format', 'imf-dots', '--source', 'nope');
  t.equal(source.code, 1);
  t.match(source.stderr, /Unknown source 'nope' in source\. Known sources: imf-dots, imf-imts, un-comtrade\./);

  const unreadable = await cli(env, 'import', fixture('bad-rows.csv'), '--format', 'imf-dots', '--source', 'imf-dots');
  t.equal(unreadable.code, 1);
  t.match(unreadable.stderr, /cannot be read as imf-dots: the header lacks column/);

  const created = await cli(env, 'keys', 'create', '--name', 'ci');
  const key = created.stdout.trim().split('\n').at(-1)!;
  t.match(key, /^tsa_[\w-]{32}$/);
  const listed = await cli(env, 'keys', 'list');
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

  t.match((await cli(env, 'keys', 'revoke', '1')).stdout, /key 1 revoked/);
  t.match((await cli(env, 'keys', 'list')).stdout, /^1\tci\tcreated .*\trevoked /m);
  const again = await cli(env, 'keys', 'revoke', '1');
  t.equal(again.code, 1);
  t.match(again.stderr, /no active key 1/);
});

t.test('the real entry point runs as a process and sets its exit code', async (t) => {
  const run = promisify(execFile);
  const result = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'migrate'], {
    env: childProcessEnv({ ...process.env, DATABASE_URL: 'mysql://nope' }),
  }).catch((e: { code: number; stderr: string }) => e);
  t.equal((result as { code: number }).code, 1);
  t.match((result as { stderr: string }).stderr, /Invalid configuration:\n {2}- DATABASE_URL="mysql:\/\/nope"/);
});

t.test('a second process on the same embedded database is refused at once, naming the first', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'trade-api-lock-'));
  t.teardown(() => rm(dataDir, { recursive: true, force: true }));
  await extractPristineCluster(dataDir);
  const held = await openDatabase({ kind: 'pglite', dataDir });
  const run = promisify(execFile);
  const env = childProcessEnv({ ...process.env, DATABASE_URL: '', PGLITE_DIR: dataDir });
  const refused = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'keys', 'create', '--name', 'x'], { env }).catch(
    (e: { code: number; stderr: string }) => e,
  );
  t.equal((refused as { code: number }).code, 1);
  t.match((refused as { stderr: string }).stderr, new RegExp(`in use by process ${process.pid}`));
  await held.close();
  // The lock file names this process; once closed, the directory is free (checked in-process: cheaper).
  const after = await cli({ ...process.env, DATABASE_URL: '', PGLITE_DIR: dataDir }, 'keys', 'create', '--name', 'x');
  t.match(after.stdout, /key 1 for x/, 'free again once the first process closed it');
});

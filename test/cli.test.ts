import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import t from 'tap';
import { freshDatabase } from './helper.js';

const run = promisify(execFile);

t.test('cli seed demo loads the article figures once', async (t) => {
  const database = await freshDatabase(t);
  const env = {
    ...process.env,
    ...(database.kind === 'postgres' ? { DATABASE_URL: database.url } : { DATABASE_URL: '', PGLITE_DIR: database.dataDir! }),
  };
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

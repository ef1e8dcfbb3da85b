import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { buildApp } from '../../src/build-app.js';
import { buildCountryRows } from '../../src/reference/countries.js';
import { FIXTURES, freshDatabase, testConfig } from '../helper.js';
import { childProcessEnv, cli, cliEnv } from '../run-cli.js';

/** A canonical file large enough that the import is still running when the test kills it. */
function bigFile(): string {
  const codes = buildCountryRows()
    .filter((c) => !c.historical)
    .map((c) => c.iso3);
  const lines = ['reporter,partner,year,flow,commodity,value_usd,estimated'];
  for (const year of [2015, 2016, 2017, 2018, 2019, 2020]) {
    for (const reporter of codes)
      for (const partner of codes) if (reporter !== partner) lines.push(`${reporter},${partner},${year},export,TOTAL,${year}.5,false`);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'kill-')), 'big.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

t.test('an import killed with SIGKILL midway leaves the database as it was', async (t) => {
  const database = await freshDatabase(t);
  // The first import runs in this process (a child costs seconds to start); only the killed one needs its own.
  const first = await cli(cliEnv(database), 'import', new URL('ingest/imf-dots.csv', FIXTURES).pathname, '--format', 'imf-dots', '--source', 'imf-dots');
  t.equal(first.code, 0, 'a first, complete import');

  const args = ['import', bigFile(), '--format', 'canonical', '--source', 'imf-imts'];
  const killed = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: childProcessEnv(cliEnv(database)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let progress = '';
  await new Promise<void>((resolve, reject) => {
    killed.stderr.on('data', (chunk: Buffer) => {
      progress += chunk.toString();
      // Kill once rows are streaming in: mid-COPY, inside the transaction.
      if (/[1-9][\d,]* rows/.test(progress)) resolve();
    });
    killed.on('exit', () => reject(new Error(`the import ended before it could be killed:\n${progress}`)));
  });
  killed.kill('SIGKILL');
  await once(killed, 'exit');
  t.match(progress, /rows\/s/, `killed while running: ${progress.trim().split('\n').at(-1)}`);

  const app = await buildApp({ config: testConfig(database) });
  t.teardown(() => app.close());
  const flows = (await app.inject('/v1/flows?limit=100')).json().data;
  t.equal(flows.length, 6, 'only the first import is there');
  t.same(new Set(flows.map((f: { source: string }) => f.source)), new Set(['imf-dots']));
  const releases = (await app.inject('/v1/releases')).json().data;
  t.same(
    releases.map((r: { status: string; source: string }) => [r.source, r.status]),
    [['imf-dots', 'completed']],
    'no trace of the killed import',
  );
});

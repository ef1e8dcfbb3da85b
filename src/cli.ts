import { Command } from 'commander';
import { ConfigError, parseConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { setUpDatabase } from './db/setup.js';
import { checkOpenApi, exportOpenApi } from './cli/openapi.js';
import { seedDemoData } from './ingest/demo.js';

/** Opens the configured database with migrations and reference data applied, runs `work`, closes. */
async function withDatabase(work: (handle: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>) {
  const handle = await openDatabase(parseConfig().database);
  try {
    await setUpDatabase(handle);
    await work(handle);
  } finally {
    await handle.close();
  }
}

const program = new Command('trade-api').description('Bilateral trade statistics API: maintenance commands').showHelpAfterError();

program
  .command('migrate')
  .description('apply pending migrations and sync reference data (start-up does this too)')
  .action(() => withDatabase(async (h) => console.log(`database (${h.kind}) is migrated and reference data is current`)));

program
  .command('seed')
  .description('load data sets that ship with the code')
  .argument('<dataset>', 'demo: the seed article figures (KAZ-UZB trade 2017 and 2022)')
  .action((dataset: string) => {
    if (dataset !== 'demo') program.error(`unknown dataset '${dataset}'; the only one is: demo`, { exitCode: 2 });
    return withDatabase(async (h) => {
      const release = await seedDemoData(h.db);
      console.log(release === null ? 'demo data already loaded; nothing written' : `demo data loaded as release ${release}`);
    });
  });

const openapi = program.command('openapi').description('the OpenAPI document in openapi/openapi.json');
openapi.command('export').description('write the document the code generates').action(exportOpenApi);
openapi
  .command('check')
  .description('exit 1 if the committed document differs from the code')
  .action(async () => {
    process.exitCode = await checkOpenApi();
  });

try {
  await program.parseAsync();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `error: ${(error as Error).message}`);
  process.exitCode = 1;
}

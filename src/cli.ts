import { Command, Option } from 'commander';
import { ConfigError, parseConfig } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/client.js';
import { setUpDatabase } from './db/setup.js';
import { checkOpenApi, exportOpenApi } from './cli/openapi.js';
import { importFile } from './cli/import.js';
import { seedDemoData } from './ingest/demo.js';
import { FORMAT_NAMES, type FormatName } from './ingest/formats/index.js';
import { ImportRejectedError, UnknownSourceError, type OnError } from './ingest/import.js';
import { FileFormatError } from './ingest/staged-row.js';
import { listApiKeys, revokeApiKey } from './queries/api-keys.js';
import { listSources } from './queries/sources.js';
import { createApiKey } from './services/api-keys.js';

/** Opens the configured database with migrations and reference data applied, runs `work`, closes. */
async function withDatabase(work: (handle: DatabaseHandle) => Promise<void>) {
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

program
  .command('import')
  .description('load a trade data file (CSV or gzip) as one release, in one transaction')
  .argument('<file>', 'the file, or - for standard input')
  .addOption(new Option('--format <format>', 'file layout').choices(FORMAT_NAMES).makeOptionMandatory())
  .requiredOption('--source <id>', 'source id the figures belong to (see GET /v1/sources)')
  .addOption(new Option('--on-error <mode>', 'abort: any bad row and nothing is written; skip: load the good rows').choices(['abort', 'skip']).default('abort'))
  .action((file: string, o: { format: FormatName; source: string; onError: OnError }) =>
    withDatabase(async (h) => {
      try {
        await importFile(h, file, o);
      } catch (error) {
        if (error instanceof UnknownSourceError) {
          const known = (await listSources(h.db)).map((s) => s.id).join(', ');
          throw new Error(`unknown source '${o.source}'; known sources: ${known}`, { cause: error });
        }
        if (error instanceof FileFormatError) throw new Error(`${file} cannot be read as ${o.format}: ${error.message}`, { cause: error });
        if (error instanceof ImportRejectedError) throw new Error(error.message, { cause: error });
        throw error;
      }
    }),
  );

const keys = program.command('keys').description('API keys for the admin routes (POST /v1/imports)');
keys
  .command('create')
  .description('make a key; it is shown once, only its hash is stored')
  .requiredOption('--name <name>', 'who or what the key is for')
  .action((o: { name: string }) =>
    withDatabase(async (h) => {
      const { id, key } = await createApiKey(h.db, o.name);
      console.log(`key ${id} for ${o.name} (shown once; store it now):\n${key}`);
    }),
  );
keys
  .command('list')
  .description('the keys, without their secrets')
  .action(() =>
    withDatabase(async (h) => {
      for (const k of await listApiKeys(h.db)) {
        console.log(`${k.id}\t${k.name}\tcreated ${k.createdAt.toISOString()}\t${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active'}`);
      }
    }),
  );
keys
  .command('revoke')
  .description('revoke a key by id')
  .argument('<id>', 'key id, as keys list shows')
  .action((id: string) =>
    withDatabase(async (h) => {
      if (!(await revokeApiKey(h.db, Number(id)))) throw new Error(`no active key ${id}`);
      console.log(`key ${id} revoked`);
    }),
  );

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

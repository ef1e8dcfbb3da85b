import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, parseConfig } from '../config.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { setUpDatabase } from '../services/database-setup.js';
import { FORMAT_NAMES, type FormatName } from '../ingest/formats/index.js';
import type { OnError } from '../ingest/import.js';
import { ProblemError } from '../problem.js';
import { seedDemoData } from '../services/demo-data.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../services/api-keys.js';
import { checkDefinitions, exportDefinitions } from './definitions-file.js';
import { importFile, importNomenclatureFile } from './import.js';
import { NOMENCLATURE_FORMAT } from '../ingest/nomenclature.js';
import { checkOpenApi, exportOpenApi } from './openapi-file.js';

/** Where a CLI run reads and writes: the process's streams, or a test's. */
export type CliIo = { stdin: Readable; stdout: Writable; stderr: Writable & { isTTY?: boolean } };

export type Print = (line: string) => void;

/**
 * Runs one CLI command (`argv` without node and the script) and answers its exit code: 0 done,
 * 1 failed, 2 bad usage. Nothing here exits the process, so tests run commands in-process.
 */
export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const out: Print = (line) => io.stdout.write(`${line}\n`);
  const err: Print = (line) => io.stderr.write(`${line}\n`);
  let exitCode = 0;

  /** Opens the configured database with migrations and reference data applied, runs `work`, closes. */
  async function withDatabase(work: (handle: DatabaseHandle) => Promise<void>) {
    const handle = await openDatabase(parseConfig(env).database);
    try {
      await setUpDatabase(handle);
      await work(handle);
    } finally {
      await handle.close();
    }
  }

  const program = new Command('trade-api')
    .description('Bilateral trade statistics API: maintenance commands')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command('migrate')
    .description('apply pending migrations and sync reference data (start-up does this too)')
    .action(() => withDatabase(async (h) => out(`database (${h.kind}) is migrated and reference data is current`)));

  program
    .command('seed')
    .description('load data sets that ship with the code')
    .argument('<dataset>', 'demo: the seed article figures (KAZ-UZB trade 2017 and 2022)')
    .action((dataset: string) => {
      if (dataset !== 'demo') program.error(`unknown dataset '${dataset}'; the only one is: demo`, { exitCode: 2 });
      return withDatabase(async (h) => {
        const release = await seedDemoData(h.db);
        out(release === null ? 'demo data already loaded; nothing written' : `demo data loaded as release ${release}`);
      });
    });

  program
    .command('import')
    .description('load a trade data file (CSV or gzip) as one release, in one transaction')
    .argument('<file>', 'the file, or - for standard input')
    .addOption(
      new Option('--format <format>', `file layout (${NOMENCLATURE_FORMAT}: the HS code list, not trade figures)`)
        .choices([...FORMAT_NAMES, NOMENCLATURE_FORMAT])
        .makeOptionMandatory(),
    )
    .option('--source <id>', 'source id the figures belong to (see GET /v1/sources); required for trade data')
    .addOption(
      new Option('--on-error <mode>', 'abort: any bad row and nothing is written; skip: load the good rows').choices(['abort', 'skip']).default('abort'),
    )
    .action((file: string, o: { format: FormatName | typeof NOMENCLATURE_FORMAT; source?: string; onError: OnError }) => {
      if (o.format === NOMENCLATURE_FORMAT) {
        if (o.source !== undefined)
          return program.error(`--source does not apply to --format ${NOMENCLATURE_FORMAT}: a code list belongs to no trade source`, { exitCode: 2 });
        return withDatabase((h) => importNomenclatureFile(h, file, o.onError, io).then(() => {}));
      }
      const { format, source, onError } = o;
      if (source === undefined) return program.error(`--source <id> is required for --format ${format} (see GET /v1/sources)`, { exitCode: 2 });
      return withDatabase((h) => importFile(h, file, { format, source, onError, limits: parseConfig(env).imports }, io).then(() => {}));
    });

  const keys = program.command('keys').description('API keys for the admin routes (POST /v1/imports)');
  keys
    .command('create')
    .description('make a key; it is shown once, only its hash is stored')
    .requiredOption('--name <name>', 'who or what the key is for')
    .action((o: { name: string }) =>
      withDatabase(async (h) => {
        const { id, key } = await createApiKey(h.db, o.name);
        out(`key ${id} for ${o.name} (shown once; store it now):\n${key}`);
      }),
    );
  keys
    .command('list')
    .description('the keys, without their secrets')
    .action(() =>
      withDatabase(async (h) => {
        for (const k of await listApiKeys(h.db)) {
          out(`${k.id}\t${k.name}\tcreated ${k.createdAt.toISOString()}\t${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active'}`);
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
        out(`key ${id} revoked`);
      }),
    );

  const openapi = program.command('openapi').description('the OpenAPI document in openapi/openapi.json');
  openapi
    .command('export')
    .description('write the document the code generates')
    .action(() => exportOpenApi(out));
  openapi
    .command('check')
    .description('exit 1 if the committed document differs from the code')
    .action(async () => {
      exitCode = await checkOpenApi(out, err);
    });

  const docs = program.command('docs').description('docs/definitions.md, generated from the definitions module');
  docs
    .command('export')
    .description('write the file the code generates')
    .action(() => exportDefinitions(out));
  docs
    .command('check')
    .description('exit 1 if the committed file differs from the code')
    .action(async () => {
      exitCode = await checkDefinitions(out, err);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    // Commander has printed its own usage errors (and help, which exits 0).
    if (error instanceof CommanderError) return error.exitCode;
    reportError(error, err);
    return 1;
  }
}

/** A problem prints as its detail and each listed error; other failures as their message. */
function reportError(error: unknown, err: Print): void {
  if (error instanceof ConfigError) return err(error.message);
  if (error instanceof ProblemError) {
    err(`error: ${error.body.detail}`);
    for (const e of error.body.errors ?? []) err(`  ${e.name}: ${e.message}`);
    return;
  }
  err(`error: ${(error as Error).message}`);
}

import { PassThrough, Readable } from 'node:stream';
import type { DatabaseConfig } from '../src/config.js';
import { runCli } from '../src/cli/run.js';

export type CliResult = { code: number; stdout: string; stderr: string };

/** The environment a CLI command sees for the given database. */
export function cliEnv(database: DatabaseConfig): NodeJS.ProcessEnv {
  return { ...process.env, ...(database.kind === 'postgres' ? { DATABASE_URL: database.url } : { DATABASE_URL: '', PGLITE_DIR: database.dataDir! }) };
}

/**
 * The environment for a real child process (node --import tsx src/cli.ts): tap's process tracker
 * still follows it, but collects no coverage from it. Plain tsx leaves the sources out of its source
 * maps (test/support/tsx-loader.mjs), and merging such a child's coverage with the tests' would count
 * each file it loaded as one line.
 */
export function childProcessEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, _TAPJS_PROCESSINFO_COVERAGE_: '0' };
}

/** Runs a CLI command in this process, as `npm run cli -- ...args` would, and collects what it printed. */
export async function cli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.stdout.push(c));
  stderr.on('data', (c: Buffer) => chunks.stderr.push(c));
  const code = await runCli(args, { stdin: Readable.from([]), stdout, stderr }, env);
  return { code, stdout: Buffer.concat(chunks.stdout).toString(), stderr: Buffer.concat(chunks.stderr).toString() };
}

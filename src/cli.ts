import { runCli } from './cli/run.js';

// The command-line entry point (`npm run cli -- <command>`); src/cli/run.ts does the work.
process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

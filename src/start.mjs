// `npm start`: bundles the server with esbuild (a fraction of a second) into dist/server.mjs and runs
// the bundle in this process. Compared with running the TypeScript through tsx, the process starts
// without a module loader thread and loads one file instead of a few hundred: about 35% less time
// to the first answer (docs/benchmarks.md, "Start-up"). Bundling at every start, rather than once
// at install, means the code that runs is always the code in src/. Plain JavaScript, so that Node
// runs it with nothing else installed. `--build-only` writes the bundle and exits (the Docker image
// builds it once: its user may not write to the app's directory).
import { build, stop } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/server.mjs', import.meta.url));

const { outputFiles } = await build({
  entryPoints: [fileURLToPath(new URL('server.ts', import.meta.url))],
  outfile: bundle,
  bundle: true,
  // Dependencies stay in node_modules, loaded as they are: only our own modules are bundled.
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  write: false,
});
// Written under a name of its own and renamed into place: two instances starting together
// (or a test beside a running server) each replace the bundle whole, never read a half-written one.
await mkdir(dirname(bundle), { recursive: true });
for (const file of outputFiles) {
  // Random, not the pid: containers sharing a checkout reuse pids.
  const partial = `${file.path}.${randomUUID()}.partial`;
  await writeFile(partial, file.contents);
  await rename(partial, file.path);
}
// esbuild's helper process is not needed once the bundle is written.
await stop();
if (process.argv.includes('--build-only')) process.exit(0);
// Stack traces in the log name src/ files and lines, not the bundle's.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundle).href);

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The project's root (where package.json is), found by walking up from this module: the same
 * directory whether the sources run through tsx (src/...) or bundled by `npm start` (dist/server.mjs),
 * where paths relative to a module's own file would point elsewhere.
 */
function findProjectRoot(): URL {
  let dir = new URL('.', import.meta.url);
  for (;;) {
    if (existsSync(new URL('package.json', dir))) return dir;
    const parent = new URL('..', dir);
    if (parent.href === dir.href) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

const PROJECT_ROOT = findProjectRoot();

/** A file of the project outside src/ (package.json, migrations/, docs/, openapi/), by its path from the root. */
export const projectFile = (path: string): URL => new URL(path, PROJECT_ROOT);

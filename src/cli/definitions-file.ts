import { readFile, writeFile } from 'node:fs/promises';
import { definitionsMarkdown } from '../analytics/definitions-doc.js';
import type { Print } from './run.js';
import { projectFile } from '../paths.js';

export const DEFINITIONS_FILE = projectFile('docs/definitions.md');

export async function exportDefinitions(out: Print): Promise<void> {
  await writeFile(DEFINITIONS_FILE, definitionsMarkdown());
  out(`wrote ${DEFINITIONS_FILE.pathname}`);
}

/** Exit code 1 when the committed docs/definitions.md differs from the definitions module. */
export async function checkDefinitions(out: Print, err: Print): Promise<number> {
  const committed = await readFile(DEFINITIONS_FILE, 'utf8').catch(() => '');
  if (committed === definitionsMarkdown()) {
    out('docs/definitions.md is up to date');
    return 0;
  }
  err('docs/definitions.md differs from src/analytics/definition-texts.ts: run `npm run docs:export` and commit the result');
  return 1;
}

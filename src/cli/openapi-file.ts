import { readFile, writeFile } from 'node:fs/promises';
import Fastify from 'fastify';
import { routesWithDocument } from '../app.js';
import type { Print } from './run.js';
import { examplesCurrent, writeExamples, type OpenApiPaths } from './openapi-examples.js';
import { CLIENT_TYPES_FILE, clientTypesCurrent, writeClientTypes } from './client-file.js';
import { EXAMPLES_FILE } from '../plugins/openapi-document.js';
import { projectFile } from '../paths.js';

export const OPENAPI_FILE = projectFile('openapi/openapi.json');

/**
 * The document exactly as the running app serves it at /openapi.json, formatted for diffs. It
 * depends only on the routes' schemas, so no database is opened: handlers never run here.
 */
export async function generateOpenApi(): Promise<string> {
  const app = Fastify();
  await routesWithDocument(app);
  await app.ready();
  try {
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

const pathsOf = (document: string) => (JSON.parse(document) as { paths: OpenApiPaths }).paths;

/** openapi/examples.json first (real answers of a new start to each pre-filled request), then the document that carries them. */
export async function exportOpenApi(out: Print): Promise<void> {
  await writeExamples(pathsOf(await generateOpenApi()));
  out(`wrote ${EXAMPLES_FILE.pathname}`);
  const document = await generateOpenApi();
  await writeFile(OPENAPI_FILE, document);
  out(`wrote ${OPENAPI_FILE.pathname}`);
  await writeClientTypes(document);
  out(`wrote ${CLIENT_TYPES_FILE.pathname}`);
}

/** Exit code 1 when the committed document differs from what the code generates. */
export async function checkOpenApi(out: Print, err: Print): Promise<number> {
  const [committed, generated] = await Promise.all([readFile(OPENAPI_FILE, 'utf8').catch(() => ''), generateOpenApi()]);
  if (!(await examplesCurrent(pathsOf(generated)))) {
    err('openapi/examples.json differs from what a new start answers: run `npm run openapi:export` and commit the result');
    return 1;
  }
  if (!(await clientTypesCurrent(generated))) {
    err('src/client/api-types.ts differs from what the document generates: run `npm run openapi:export` and commit the result');
    return 1;
  }
  if (committed === generated) {
    out('openapi/openapi.json, openapi/examples.json and src/client/api-types.ts are up to date');
    return 0;
  }
  err('openapi/openapi.json differs from what the code generates: run `npm run openapi:export` and commit the result');
  return 1;
}

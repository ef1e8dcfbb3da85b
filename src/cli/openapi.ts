import { readFile, writeFile } from 'node:fs/promises';
import { buildApp } from '../build-app.js';
import { parseConfig } from '../config.js';

export const OPENAPI_FILE = new URL('../../openapi/openapi.json', import.meta.url);

/** The document exactly as the running code serves it at /openapi.json, formatted for diffs. */
export async function generateOpenApi(): Promise<string> {
  // The document depends only on the routes, so an in-memory database without demo data will do.
  const app = await buildApp({ config: { ...parseConfig({}), database: { kind: 'pglite', dataDir: null }, demoData: 'never' } });
  try {
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

export async function exportOpenApi(): Promise<void> {
  await writeFile(OPENAPI_FILE, await generateOpenApi());
  console.log(`wrote ${OPENAPI_FILE.pathname}`);
}

/** Exit code 1 when the committed document differs from what the code generates. */
export async function checkOpenApi(): Promise<number> {
  const [committed, generated] = await Promise.all([readFile(OPENAPI_FILE, 'utf8').catch(() => ''), generateOpenApi()]);
  if (committed === generated) {
    console.log('openapi/openapi.json is up to date');
    return 0;
  }
  console.error('openapi/openapi.json differs from what the code generates: run `npm run openapi:export` and commit the result');
  return 1;
}

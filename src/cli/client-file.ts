import { readFile, writeFile } from 'node:fs/promises';
import { projectFile } from '../paths.js';

/** The typed client's types (src/client/api-types.ts), generated from the OpenAPI document. */
export const CLIENT_TYPES_FILE = projectFile('src/client/api-types.ts');

const HEADER = `/**
 * The API's paths, operations and schemas as TypeScript types, for the typed client (index.ts).
 * Generated from openapi/openapi.json by \`npm run openapi:export\` (openapi-typescript); do not edit.
 */

`;

/** openapi-typescript's output for the document; imported only here, as it is a development tool. */
export async function generateClientTypes(document: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  return HEADER + astToString(await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0]));
}

export async function writeClientTypes(document: string): Promise<void> {
  await writeFile(CLIENT_TYPES_FILE, await generateClientTypes(document));
}

export async function clientTypesCurrent(document: string): Promise<boolean> {
  return (await readFile(CLIENT_TYPES_FILE, 'utf8').catch(() => '')) === (await generateClientTypes(document));
}

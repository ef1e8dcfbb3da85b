import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SHIPPED_MIGRATIONS } from '../db/migrate.js';
import { buildCountryRows } from '../reference/countries.js';
import { GROUPS } from '../reference/groups.js';
import { SOURCES } from '../reference/sources.js';
import { projectFile } from '../paths.js';

/** The version in package.json: the OpenAPI document's info.version. */
export const { version: SERVICE_VERSION } = JSON.parse(readFileSync(projectFile('package.json'), 'utf8')) as { version: string };

/**
 * What besides the data can change an answer: the service's version, its schema and the reference
 * data it ships. The same for every instance of one build, so instances behind a load balancer
 * share validators, and different for a new build.
 */
export const SERVICE_BUILD = createHash('sha256')
  .update(JSON.stringify([SERVICE_VERSION, SHIPPED_MIGRATIONS, buildCountryRows(), GROUPS, SOURCES]))
  .digest('base64url')
  .slice(0, 16);

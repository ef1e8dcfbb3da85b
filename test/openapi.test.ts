import { readFile } from 'node:fs/promises';
import t from 'tap';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { OPENAPI_FILE, generateOpenApi } from '../src/cli/openapi-file.js';

type Parameter = { in: string; name: string; example?: unknown; schema?: { example?: unknown } };
type Operation = {
  tags?: string[];
  summary?: string;
  description?: string;
  operationId?: string;
  parameters?: Parameter[];
  responses: Record<string, unknown>;
};

t.test('the committed openapi/openapi.json is what the code generates', async (t) => {
  const generated = await generateOpenApi();
  t.equal(await readFile(OPENAPI_FILE, 'utf8'), generated, 'run `npm run openapi:export` and commit the result');

  const doc = JSON.parse(generated) as { paths: Record<string, Record<string, Operation>> };
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const name = `${method.toUpperCase()} ${path}`;
      t.ok(op.tags?.length, `${name} has tags`);
      t.ok(op.summary && op.description, `${name} has a summary and a description`);
      t.ok(
        Object.keys(op.responses).some((s) => /^2\d\d$/.test(s)),
        `${name} documents its success`,
      );
      if (op.parameters?.length) t.ok(op.responses['400'], `${name} takes parameters, so documents 400`);
    }
  }
});

t.test('the document works on the first click (issue 10)', async (t) => {
  const doc = JSON.parse(await generateOpenApi()) as {
    info: { version: string };
    servers?: unknown[];
    tags: { name: string }[];
    paths: Record<
      string,
      Record<string, Operation & { operationId?: string; parameters?: { in: string; name: string; example?: unknown; schema?: { example?: unknown } }[] }>
    >;
  };
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  t.equal(doc.info.version, pkg.version, "info.version is package.json's");
  t.ok(doc.servers?.length, 'servers');
  t.equal(doc.tags[0]!.name, 'analytics', 'analytics first');
  const ids = new Set<string>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const name = `${method.toUpperCase()} ${path}`;
      t.ok(op.operationId && !ids.has(op.operationId), `${name} has its own operationId (${op.operationId})`);
      ids.add(op.operationId ?? '');
      for (const [status, response] of Object.entries(op.responses as Record<string, { description?: string }>)) {
        t.ok(response.description && response.description !== 'Default Response', `${name} ${status} says what it is`);
      }
      t.ok(op.responses['500'], `${name} documents 500`);
      // Try it out sends every example: parameters that exclude each other must not both carry one.
      const prefilled = new Set((op.parameters ?? []).filter((p) => (p.example ?? p.schema?.example) !== undefined).map((p) => p.name));
      t.notOk(prefilled.has('year') && (prefilled.has('from') || prefilled.has('to')), `${name}: year and from/to are not both pre-filled`);
    }
  }
  t.equal(doc.paths['/v1/imports']?.post?.tags?.[0], 'admin', 'the admin import under its own tag');

  // Every field says what it is (and every percentage its scale); nothing unused; no ±2^53 bounds.
  const text = JSON.stringify(doc);
  t.notMatch(text, /9007199254740991/, 'no safe-integer bounds');
  const schemas = (doc as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
  for (const name of Object.keys(schemas)) t.ok(text.includes(`"#/components/schemas/${name}"`), `${name} is used`);
  const undescribed: string[] = [];
  const percentages: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, path));
    if (node === null || typeof node !== 'object') return;
    const { properties } = node as { properties?: Record<string, { description?: string; $ref?: string }> };
    for (const [key, property] of Object.entries(properties ?? {})) {
      if (property.$ref === undefined && !property.description) undescribed.push(`${path}.${key}`);
      if (/(^pct|Pct)$/.test(key) && !property.description?.includes('0-100')) percentages.push(`${path}.${key}`);
    }
    for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`);
  };
  walk(doc, '#');
  t.same(undescribed, [], 'every field has a description');
  t.same(percentages, [], 'every percentage says 0-100');
  const bilateral = schemas.Bilateral as { properties: Record<string, unknown> };
  const keys = Object.keys(bilateral.properties);
  t.ok(keys.indexOf('data') < keys.indexOf('coverage'), 'coverage comes after data');
  t.notOk(
    doc.paths['/v1/bilateral/{a}/{b}/growth']?.get?.parameters?.some((p) => p.name === 'year'),
    'growth documents no year it would refuse',
  );
});

t.test("every figure's definition is in the OpenAPI document", async (t) => {
  const { DEFINITIONS } = await import('../src/analytics/definition-texts.js');
  const document = await readFile(OPENAPI_FILE, 'utf8');
  for (const [name, text] of Object.entries(DEFINITIONS)) t.ok(document.includes(JSON.stringify(text).slice(1, -1)), name);
});

t.test('docs/definitions.md is generated from the definitions module, and misses none', async (t) => {
  const { definitionsMarkdown, DOCUMENTED_DEFINITIONS } = await import('../src/analytics/definitions-doc.js');
  const { DEFINITIONS } = await import('../src/analytics/definition-texts.js');
  const { DEFINITIONS_FILE } = await import('../src/cli/definitions-file.js');
  t.equal(await readFile(DEFINITIONS_FILE, 'utf8'), definitionsMarkdown(), 'run `npm run docs:export` and commit the result');
  t.same([...DOCUMENTED_DEFINITIONS].sort(), Object.keys(DEFINITIONS).sort(), 'every definition has a place in the docs, once');
});

t.test("Redocly's recommended rules find nothing in the document", async (t) => {
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source: await generateOpenApi(), absoluteRef: 'openapi.json', config });
  t.same(
    problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`),
    [],
    'no errors and no warnings',
  );
});

import { readFile } from 'node:fs/promises';
import t from 'tap';
import { OPENAPI_FILE, generateOpenApi } from '../src/cli/openapi-file.js';

type Operation = { tags?: string[]; summary?: string; description?: string; parameters?: { in: string }[]; responses: Record<string, unknown> };

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

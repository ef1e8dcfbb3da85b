import { readFile } from 'node:fs/promises';
import t from 'tap';
import { generateOpenApi } from '../src/cli/openapi-file.js';
import { withoutMoments, type OpenApiPaths } from '../src/cli/openapi-examples.js';
import { EXAMPLES_FILE, type ResponseExamples } from '../src/plugins/openapi-document.js';
import { Problem } from '../src/schemas/common.js';
import { PROBLEM_EXAMPLES } from '../src/schemas/problem-examples.js';
import { build } from './helper.js';

// Issue 10: the 200 examples showed partner = reporter (KAZ/KAZ), years of -9007199254740991 and "source": "string".
t.test("every 200 example is the app's real answer to the operation's pre-filled request", async (t) => {
  const examples = JSON.parse(await readFile(EXAMPLES_FILE, 'utf8')) as ResponseExamples;
  const doc = JSON.parse(await generateOpenApi()) as { paths: OpenApiPaths };
  const app = await build(t, { demo: true });
  for (const [path, methods] of Object.entries(doc.paths)) {
    const op = methods.get;
    if (!op?.responses['200']?.content?.['application/json']) continue;
    const example = examples[op.operationId!];
    if (!example) {
      t.fail(`${path}: no example (npm run openapi:export)`);
      continue;
    }
    t.same(
      op.responses['200'].content['application/json'],
      { ...op.responses['200'].content['application/json'], example: example.value },
      `${path}: in the document`,
    );
    const res = await app.inject(example.request);
    t.equal(res.statusCode, 200, example.request);
    const live = res.json<Record<string, unknown>>();
    const documented = Object.keys((op.responses['200'] as { headers?: Record<string, unknown> }).headers ?? {});
    for (const name of documented) {
      // Link only where there is a next page.
      if (name === 'Link' && (live.page as { next: string | null } | undefined)?.next === null) continue;
      t.ok(res.headers[name.toLowerCase()] !== undefined, `${example.request}: sends the documented ${name}`);
    }
    // The one answer that names the backend: the examples come from the embedded database.
    if (op.operationId === 'getReadiness') live.database = 'pglite';
    t.same(withoutMoments(live), withoutMoments(example.value), `${example.request}: the example is today's answer (else npm run openapi:export)`);
  }
});

t.test('every problem example is a problem of its status', async (t) => {
  for (const [status, body] of Object.entries(PROBLEM_EXAMPLES)) {
    const parsed = Problem.safeParse(body);
    t.ok(parsed.success, `${status}: a Problem`);
    t.equal(parsed.data?.status, Number(status));
  }
});

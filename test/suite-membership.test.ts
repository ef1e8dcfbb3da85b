import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';

// tap runs the suites in test/suites/ (.taprc), and each suite imports test files: a test file no
// suite imports would never run in `npm test`, and one imported twice would run twice.
const TEST_DIR = fileURLToPath(new URL('.', import.meta.url));
const SUITES_DIR = join(TEST_DIR, 'suites');

t.test('every test file is in exactly one suite, and every suite import is a test file', async (t) => {
  const testFiles = readdirSync(TEST_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts') && !file.startsWith('suites/'))
    .sort();
  const importedBy = new Map<string, string[]>();
  for (const suite of readdirSync(SUITES_DIR).filter((file) => file.endsWith('.test.ts'))) {
    const text = readFileSync(join(SUITES_DIR, suite), 'utf8');
    for (const [, specifier] of text.matchAll(/^import '([^']+)\.js';$/gm)) {
      const file = relative(TEST_DIR, resolve(SUITES_DIR, `${specifier}.ts`));
      t.ok(existsSync(join(TEST_DIR, file)), `${suite} imports ${file}, which exists`);
      importedBy.set(file, [...(importedBy.get(file) ?? []), suite]);
    }
  }
  t.ok(testFiles.length > 20, `${testFiles.length} test files found`);
  const wrong = testFiles.filter((file) => importedBy.get(file)?.length !== 1).map((file) => `${file}: ${importedBy.get(file)?.join(', ') ?? 'no suite'}`);
  t.same(wrong, [], 'each test file in one suite');
});

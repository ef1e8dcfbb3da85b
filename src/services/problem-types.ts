import { readFileSync } from 'node:fs';
import { PROBLEM_TYPES, ProblemError, problemTypeUri, type ProblemKind } from '../problem.js';
import { projectFile } from '../paths.js';

/**
 * What each problem `type` means, for GET /problems/{type}: a problem's `type` is a URI reference
 * that resolves on this server. The words are docs/errors.md's table, read once: one text for the
 * documentation and the API (test/routes/problem-types.test.ts checks every type has its row).
 */
export type ProblemTypeDoc = { type: string; title: string; status: number; when: string; documentation: string };

let rows: Map<string, string> | undefined;

/** docs/errors.md's rows `| \`/problems/slug\` | status | when |`, by slug. */
function whenBySlug(): Map<string, string> {
  if (rows) return rows;
  rows = new Map();
  let text = '';
  try {
    text = readFileSync(projectFile('docs/errors.md'), 'utf8');
  } catch {
    // An image without docs/: the types still resolve, with their titles.
  }
  for (const match of text.matchAll(/^\|\s*`\/problems\/([a-z-]+)`\s*\|\s*\d+\s*\|\s*(.+?)\s*\|\s*$/gm)) rows.set(match[1]!, match[2]!);
  return rows;
}

export function problemTypeDoc(slug: string): ProblemTypeDoc {
  const kind = (Object.keys(PROBLEM_TYPES) as ProblemKind[]).find((k) => PROBLEM_TYPES[k].slug === slug);
  if (!kind) {
    const known = Object.values(PROBLEM_TYPES).map((p) => p.slug);
    throw new ProblemError('notFound', `No problem type '${slug}'. Known types: ${known.join(', ')}.`, {
      errors: [{ in: 'path', name: 'type', message: `unknown problem type; use one of ${known.join(', ')}` }],
    });
  }
  const { title, status } = PROBLEM_TYPES[kind];
  return { type: problemTypeUri(kind), title, status, when: whenBySlug().get(slug) ?? title, documentation: 'docs/errors.md' };
}

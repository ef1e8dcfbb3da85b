import t from 'tap';
import { PROBLEM_TYPES } from '../../src/problem.js';
import { build } from '../helper.js';

// Issue 10: problem `type`s were relative URIs that 404'd when fetched.
t.test("a problem's type resolves to what it means", async (t) => {
  const app = await build(t);
  const problem = (await app.inject('/v1/bilateral/KAZ/KAZ')).json();
  const res = await app.inject(problem.type);
  t.equal(res.statusCode, 200, `${problem.type} answers`);
  t.match(res.json(), { type: problem.type, title: problem.title, status: problem.status, when: /validation/, documentation: 'docs/errors.md' });

  for (const { slug, title, status } of Object.values(PROBLEM_TYPES)) {
    const body = (await app.inject(`/problems/${slug}`)).json();
    t.match(body, { type: `/problems/${slug}`, title, status }, slug);
    t.not(body.when, title, `${slug}: docs/errors.md says when it is answered`);
  }

  const unknown = await app.inject('/problems/nope');
  t.equal(unknown.statusCode, 404);
  t.match(unknown.json(), { errors: [{ in: 'path', name: 'type', message: /invalid-parameter/ }] });
});

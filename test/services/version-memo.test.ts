import t from 'tap';
import { VersionMemo } from '../../src/services/version-memo.js';

const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

t.test('a result is computed once per data version, and again when the version changes', async (t) => {
  const memo = new VersionMemo<number[]>(100, (v) => v.length);
  let calls = 0;
  const compute = async () => rows(++calls);
  t.same(await memo.get('1.1', 'eu', compute), [0]);
  t.same(await memo.get('1.1', 'eu', compute), [0], 'kept under the same version');
  t.equal(calls, 1);
  t.same(await memo.get('2.2', 'eu', compute), [0, 1], 'an import changed the version: computed again');
  t.equal(calls, 2);
  t.same(await memo.get('2.2', 'gcc', compute), [0, 1, 2], 'another key is another result');
});

t.test('concurrent requests for the same key share one computation', async (t) => {
  const memo = new VersionMemo<number[]>(100, (v) => v.length);
  let calls = 0;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const compute = async () => {
    calls++;
    await gate;
    return rows(3);
  };
  const both = Promise.all([memo.get('1.1', 'eu', compute), memo.get('1.1', 'eu', compute)]);
  release();
  t.same(await both, [rows(3), rows(3)]);
  t.equal(calls, 1);
});

t.test('a failed computation is not kept', async (t) => {
  const memo = new VersionMemo<number[]>(100, (v) => v.length);
  await t.rejects(
    memo.get('1.1', 'eu', async () => {
      throw new Error('database unavailable');
    }),
    { message: 'database unavailable' },
  );
  t.same(await memo.get('1.1', 'eu', async () => rows(2)), rows(2), 'the next request computes it');
});

t.test('the least recently used results leave first once the weight is over the bound', async (t) => {
  const memo = new VersionMemo<number[]>(10, (v) => v.length);
  let calls = 0;
  const compute = (n: number) => async () => (calls++, rows(n));
  await memo.get('1.1', 'a', compute(4));
  await memo.get('1.1', 'b', compute(4));
  await memo.get('1.1', 'a', compute(4)); // a is now the most recently used
  await memo.get('1.1', 'c', compute(4)); // 12 > 10: b goes
  t.equal(calls, 3);
  await memo.get('1.1', 'a', compute(4));
  await memo.get('1.1', 'c', compute(4));
  t.equal(calls, 3, 'a and c kept');
  await memo.get('1.1', 'b', compute(4));
  t.equal(calls, 4, 'b was evicted');
  await memo.get('1.1', 'huge', compute(11));
  await memo.get('1.1', 'huge', compute(11));
  t.equal(calls, 6, 'a result heavier than the whole bound is not kept');
  await memo.get('1.1', 'b', compute(4));
  t.equal(calls, 6, 'and did not push the others out');
});

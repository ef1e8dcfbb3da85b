import t from 'tap';
import { decodeCursor, encodeCursor, paginate } from '../../src/services/pages.js';
import { ProblemError } from '../../src/problem.js';

// Guards of the shapes the collections use (the routes keep their own; these are written here).
const isIso3Key = (v: unknown): v is [string] => Array.isArray(v) && v.length === 1 && typeof v[0] === 'string';
const isIdKey = (v: unknown): v is [number] => Array.isArray(v) && v.length === 1 && Number.isInteger(v[0]);
const isMixedKey = (v: unknown): v is [string, string, number, string] =>
  Array.isArray(v) && v.length === 4 && v.every((x, i) => (i === 2 ? Number.isInteger(x) : typeof x === 'string'));

const b64url = (text: string) => Buffer.from(text).toString('base64url');

t.test('round trip', async (t) => {
  const keys: [unknown[], (v: unknown) => boolean][] = [
    [['KAZ'], isIso3Key],
    [[''], isIso3Key],
    [['Côte d’Ivoire, "quoted" / ünïcødé ✓'], isIso3Key],
    [[1], isIdKey],
    [[0], isIdKey],
    [[2_147_483_647], isIdKey],
    [[-7], isIdKey],
    [['KAZ', 'UZB', 2020, 're-export'], isMixedKey],
  ];
  for (const [key, guard] of keys) {
    const cursor = encodeCursor(key);
    t.match(cursor, /^[A-Za-z0-9_-]+$/, `${JSON.stringify(key)}: URL-safe, no padding`);
    t.same(decodeCursor(cursor, guard as (v: unknown) => v is unknown[]), key, `${JSON.stringify(key)} comes back`);
  }
  // Keys beyond what the columns hold (an int4, text without control characters) are forged.
  for (const forged of [[Number.MAX_SAFE_INTEGER], [2_147_483_648], [1.5]])
    t.throws(() => decodeCursor(encodeCursor(forged), isIdKey), { message: /not a cursor this API issued/ }, JSON.stringify(forged));
  t.throws(() => decodeCursor(encodeCursor(['KAZ\u0000']), isIso3Key), { message: /not a cursor this API issued/ }, 'NUL in a string key');
  // Types survive: a number key stays a number, a numeric string stays a string.
  t.equal(typeof decodeCursor(encodeCursor([42]), isIdKey)![0], 'number');
  t.equal(typeof decodeCursor(encodeCursor(['42']), isIso3Key)![0], 'string');
  t.not(encodeCursor([42]), encodeCursor(['42']), 'number and string keys encode differently');
  t.equal(encodeCursor(['KAZ']), b64url('["KAZ"]'), 'base64url of the JSON of the key');
});

t.test('undefined passes through', async (t) => {
  t.equal(decodeCursor(undefined, isIso3Key), undefined);
  let called = false;
  decodeCursor(undefined, (v): v is [string] => ((called = true), isIso3Key(v)));
  t.equal(called, false, 'the guard is not even asked');
});

t.test('garbage is a 400 invalid-parameter naming cursor and saying how to fix it', async (t) => {
  const garbage: [string, string][] = [
    ['', 'empty'],
    ['not a cursor', 'not base64url'],
    ['%%%%', 'no base64url characters at all'],
    [b64url('{"a":1'), 'base64url of broken JSON'],
    [b64url('hello'), 'base64url of text that is not JSON'],
    [b64url('{"0":"KAZ"}'), 'JSON object, not an array'],
    [b64url('"KAZ"'), 'a bare string'],
    [b64url('null'), 'null'],
    [b64url('[]'), 'an empty array'],
    [b64url('["KAZ","UZB"]'), 'too many elements'],
    [b64url('[42]'), 'a number where the key is a string'],
  ];
  for (const [cursor, what] of garbage) {
    const err = catchProblem(() => decodeCursor(cursor, isIso3Key));
    t.ok(err instanceof ProblemError, `${what}: a ProblemError`);
    if (!(err instanceof ProblemError)) continue;
    t.equal(err.status, 400, what);
    t.match(
      err.body,
      {
        type: '/problems/invalid-parameter',
        status: 400,
        detail: /^cursor: .*page\.next/,
        errors: [{ in: 'query', name: 'cursor', message: /pass page\.next from the previous page unchanged/ }],
      },
      what,
    );
    t.equal(err.body.errors?.length, 1, `${what}: one error`);
  }

  // Shape per guard: what one collection issued is not a cursor of another.
  const idCursor = encodeCursor([17]);
  t.same(decodeCursor(idCursor, isIdKey), [17]);
  t.throws(() => decodeCursor(idCursor, isIso3Key), ProblemError, 'an id cursor is not an iso3 cursor');
  t.throws(() => decodeCursor(encodeCursor([1.5]), isIdKey), ProblemError, 'a fraction is not an id');
  t.throws(() => decodeCursor(encodeCursor(['KAZ', 'UZB', '2020', 'export']), isMixedKey), ProblemError, 'a year as a string');
  t.throws(() => decodeCursor(encodeCursor(['KAZ', 'UZB', 2020]), isMixedKey), ProblemError, 'a key cut short');
});

t.test('paginate: limit + 1 rows decide whether there is a next page', async (t) => {
  const rows = [
    { iso3: 'AFG', n: 1 },
    { iso3: 'ALB', n: 2 },
    { iso3: 'DZA', n: 3 },
    { iso3: 'AND', n: 4 },
  ];
  const keyOf = (r: { iso3: string; n: number }) => [r.iso3, r.n];

  // The query asked for limit + 1 = 3 and got 3: a next page exists, after the last row shown.
  const first = paginate(rows.slice(0, 3), 2, keyOf);
  t.same(first.data, rows.slice(0, 2), 'only limit rows are shown');
  t.equal(first.page.limit, 2);
  t.type(first.page.next, 'string');
  t.same(
    JSON.parse(Buffer.from(first.page.next!, 'base64url').toString('utf8')),
    ['ALB', 2],
    'the cursor is the key of the last row shown, not of the extra one',
  );
  t.equal(first.page.next, encodeCursor(['ALB', 2]));

  // Exactly limit rows came back: the last page.
  const exact = paginate(rows.slice(0, 2), 2, keyOf);
  t.same(exact.data, rows.slice(0, 2));
  t.equal(exact.page.next, null, 'no extra row: no next page');

  // Fewer than limit: the last page.
  const short = paginate(rows.slice(0, 1), 5, keyOf);
  t.same(short, { data: rows.slice(0, 1), page: { limit: 5, next: null } });

  // Nothing at all.
  t.same(paginate([], 10, keyOf), { data: [], page: { limit: 10, next: null } });

  // limit 1 over 4 rows.
  const one = paginate(rows, 1, keyOf);
  t.same(one.data, [rows[0]]);
  t.equal(one.page.next, encodeCursor(['AFG', 1]));

  // keyOf is only asked about the last row shown.
  const asked: string[] = [];
  paginate(rows, 3, (r) => (asked.push(r.iso3), [r.iso3]));
  t.same(asked, ['DZA']);
});

t.test('paging through a sorted list with cursors visits every row once', async (t) => {
  const all = Array.from({ length: 23 }, (_, i) => ({ id: i + 1 }));
  // A stand-in for a keyset query: rows after the cursor's key, limit + 1 of them.
  const query = (after: number | undefined, limit: number) => all.filter((r) => after === undefined || r.id > after).slice(0, limit + 1);
  for (const limit of [1, 5, 22, 23, 24]) {
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const after = decodeCursor(cursor, isIdKey)?.[0];
      const { data, page } = paginate(query(after, limit), limit, (r) => [r.id]);
      seen.push(...data.map((r) => r.id));
      cursor = page.next ?? undefined;
      pages++;
    } while (cursor !== undefined && pages < 100);
    t.same(
      seen,
      all.map((r) => r.id),
      `limit ${limit}: every row once, in order`,
    );
    t.equal(pages, Math.max(1, Math.ceil(all.length / limit)), `limit ${limit}: ${pages} pages`);
  }
});

function catchProblem(f: () => unknown): unknown {
  try {
    f();
  } catch (err) {
    return err;
  }
  return undefined;
}

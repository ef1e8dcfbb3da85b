import fc from 'fast-check';

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/** Keys this API never issued: beyond its columns (int4, text without NUL), the wrong shapes, JSON that is not a key, text that is not JSON. */
const FORGED_KEYS = [
  '[3000000000]',
  '["x"]',
  '{}',
  '[]',
  'null',
  '1',
  '"x"',
  '[null]',
  '[1.5]',
  '[-1]',
  '[0]',
  '[9007199254740993]',
  '[1e400]',
  '[true]',
  '[[1]]',
  '["KAZ"]',
  '["KAZ","UZB",2022,"export","TOTAL"]',
  '["KAZ","UZB",2022,"export","TOTAL","seed-article"]',
  '["KAZ","UZB",3000000000,"export","TOTAL","imf-dots"]',
  '["KAZ","UZB",-2147483649,"export","TOTAL","imf-dots"]',
  '["KAZ","UZB",2022,"sideways","TOTAL","imf-dots"]',
  '["KAZ","UZB",2022.5,"export","TOTAL","imf-dots"]',
  '["KAZ\\u0000","UZB",2022,"export","TOTAL","imf-dots"]',
  '["\\u0000"]',
  `["${'A'.repeat(101)}"]`,
  '["__proto__"]',
  '{"__proto__":{"polluted":1}}',
  '{"0":"KAZ","length":1}',
  'not json',
  '',
  '[',
];

/** Forged cursors as a client would send them, plus text that is not base64url at all. */
export const FORGED_CURSORS = [...FORGED_KEYS.map(base64url), '!!!', '====', 'WyJBQlciXQ==', ' WyJBQlciXQ', 'WyJBQlciXQ\u0000', '%', '*', 'x'.repeat(1001)];

export const forgedCursor: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FORGED_CURSORS),
  // Deep arrays: a parser that recurses, and keys of a shape no page has.
  fc.integer({ min: 2, max: 300 }).map((depth) => base64url('['.repeat(depth) + ']'.repeat(depth))),
  fc.jsonValue({ maxDepth: 3 }).map((v) => base64url(JSON.stringify(v) ?? 'null')),
  fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
  fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('base64')),
);

/** A cursor the app issued, slightly broken: cut short, extended, one character changed. */
export function mangledCursor(issued: string[]): fc.Arbitrary<string> {
  if (issued.length === 0) return forgedCursor;
  return fc.tuple(fc.constantFrom(...issued), fc.nat(), fc.constantFrom('cut', 'append', 'flip')).map(([cursor, at, how]) => {
    const i = at % cursor.length;
    if (how === 'cut') return cursor.slice(0, i);
    if (how === 'append') return cursor + 'A'.repeat(1 + (at % 5));
    return cursor.slice(0, i) + (cursor[i] === 'A' ? 'B' : 'A') + cursor.slice(i + 1);
  });
}

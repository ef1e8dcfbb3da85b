import { invalidParameter } from '../problem.js';
import { CONTROL_CHARACTERS, MAX_ID } from '../schemas/common.js';

/** Cursors are opaque to clients: base64url of the last row's sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends unknown[]>(cursor: string | undefined, isKey: (v: unknown) => v is T): T | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!isKey(key) || !key.every(storable)) {
    throw invalidParameter('query', 'cursor', 'is not a cursor this API issued; pass page.next from the previous page unchanged');
  }
  return key;
}

// What a key this API issued can hold: values its columns can (an int4, text without control
// characters). A forged cursor beyond them must be a 400 here, not a database error later.
const storable = (v: unknown) =>
  typeof v === 'number' ? Number.isSafeInteger(v) && Math.abs(v) <= MAX_ID : typeof v === 'string' && v.length <= 100 && !CONTROL_CHARACTERS.test(v);

/** Queries fetch limit + 1 rows: the extra one only says whether a next page exists. */
export function paginate<T>(rows: T[], limit: number, keyOf: (row: T) => unknown[]) {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  const next = rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null;
  return { data, page: { limit, next } };
}

/** One page of a collection as a service answers it: the JSON body, and the same rows flat for CSV. */
export type PageAnswer<Body extends { page: { next: string | null } }> = { body: Body; csvRecords: () => Record<string, unknown>[] };

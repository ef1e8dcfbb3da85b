import { ALL_GOODS } from '../domain.js';
import type { CommodityListQuery } from '../schemas/commodities.js';
import { commodityDirectory, type Commodity } from './commodity-directory.js';
import { decodeCursor, paginate, type PageAnswer } from './pages.js';
import type { ReadTarget } from './read-routing.js';

const isCodeKey = (v: unknown): v is [string] => Array.isArray(v) && v.length === 1 && typeof v[0] === 'string';

export const COMMODITY_CSV_COLUMNS = ['code', 'level', 'name', 'parent', 'section', 'description', 'classification'];

/** Every word of the query in the name or description, or the query as a code prefix. */
function matcher(q: string): (c: Commodity) => boolean {
  const text = q.trim().toLowerCase();
  if (/^\d+$/.test(text)) return (c) => c.code.startsWith(text);
  const words = text.split(/\s+/);
  return (c) => {
    const haystack = `${c.name} ${c.description ?? ''}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  };
}

/** GET /v1/commodities: the nomenclature, filtered and paged by code; an unknown parent is a 404 with close matches. */
export async function commodityPage(ctx: ReadTarget, q: CommodityListQuery) {
  const directory = await commodityDirectory(ctx);
  const parent =
    q.parent === undefined ? undefined : q.parent.toUpperCase() === ALL_GOODS ? ALL_GOODS : directory.resolve(q.parent, { in: 'query', name: 'parent' }).code;
  const after = decodeCursor(q.cursor, isCodeKey)?.[0];
  const matches = q.q === undefined ? () => true : matcher(q.q);
  const rows: Commodity[] = [];
  const candidates = parent === undefined ? directory.all : directory.childrenOf(parent);
  for (const c of candidates) {
    if (after !== undefined && c.code <= after) continue;
    if (q.level !== undefined && c.level !== q.level) continue;
    if (!matches(c)) continue;
    rows.push(c);
    if (rows.length > q.limit) break;
  }
  const body = paginate(rows, q.limit, (c) => [c.code]);
  const answer: PageAnswer<typeof body> = { body, csvRecords: () => body.data };
  return answer;
}

/** GET /v1/commodities/{code}: one code with its ancestors and children. */
export async function commodityDetail(ctx: ReadTarget, code: string) {
  const directory = await commodityDirectory(ctx);
  const resolved = directory.resolve(code, { in: 'path', name: 'code' });
  if (resolved.code === ALL_GOODS) throw directory.unknown(code, { in: 'path', name: 'code' });
  const c = directory.get(resolved.code)!;
  return { ...c, ancestors: directory.ancestorsOf(c), children: directory.childrenOf(c.code) };
}

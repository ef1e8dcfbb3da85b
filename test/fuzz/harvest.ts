import type { FastifyInstance } from 'fastify';
import type { Pools } from './arbitraries.js';
import type { Operation } from './openapi-document.js';

async function getJson<T>(app: FastifyInstance, url: string): Promise<T | undefined> {
  const res = await app.inject(url);
  return res.statusCode === 200 ? res.json<T>() : undefined;
}

// A few pages of every paged collection: their page.next values are the valid cursors.
const CURSOR_PAGES = 3;

/**
 * Reads the app's reference data and cursors before any request is generated, so that "valid"
 * values are the ones this database really holds (country codes in all three spellings, group and
 * source ids) rather than a list written here that drifts from it.
 */
export async function harvest(app: FastifyInstance, ops: Operation[]): Promise<Pools> {
  const cursors = new Map<string, string[]>();
  for (const op of ops) {
    const limit = op.parameters.find((p) => p.in === 'query' && p.name === 'limit');
    const paged = op.method === 'GET' && !op.path.includes('{') && limit && op.parameters.some((p) => p.in === 'query' && p.name === 'cursor');
    if (!paged) continue;
    const issued: string[] = [];
    let next: string | null | undefined = undefined;
    for (let page = 0; page < CURSOR_PAGES && next !== null; page++) {
      const query: URLSearchParams = new URLSearchParams({ limit: String(limit.schema.minimum ?? 1), ...(next ? { cursor: next } : {}) });
      const body = await getJson<{ page?: { next?: string | null } }>(app, `${op.path}?${query.toString()}`);
      next = body?.page?.next ?? null;
      if (next) issued.push(next);
    }
    cursors.set(op.path, issued);
  }
  type Country = { iso3: string; iso2: string | null; m49: number | null };
  const countries = (await getJson<{ data: Country[] }>(app, '/v1/countries?limit=1000'))?.data ?? [];
  // Every seventh country, each in the spelling its position picks: enough variety, few enough to repeat.
  const codes = countries.filter((_, i) => i % 7 === 0).map((c, i) => [c.iso3, c.iso2?.toLowerCase(), c.m49 === null ? null : String(c.m49)][i % 3] ?? c.iso3);
  const ids = async (url: string, fallback: string) => [
    ...new Set([...((await getJson<{ data: { id: string }[] }>(app, url))?.data ?? []).map((x) => x.id), fallback]),
  ];
  return { countries: codes, groups: await ids('/v1/groups', 'central-asia'), sources: await ids('/v1/sources', 'seed-article'), cursors };
}

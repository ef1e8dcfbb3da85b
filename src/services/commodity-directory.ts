import { distance } from 'fastest-levenshtein';
import { ALL_GOODS, DEFAULT_CLASSIFICATION, type HsLevel } from '../domain.js';
import { perDatabase } from '../db/per-database.js';
import type { Database } from '../db/client.js';
import { ProblemError, type InvalidParam } from '../problem.js';
import { listAllCommodities, type CommodityRecord } from '../queries/commodities.js';
import { VersionMemo } from './version-memo.js';

/** A product as answers name it. */
export type CommodityRef = { code: string; level: number; name: string };

export type Commodity = CommodityRef & { parent: string | null; section: string | null; description: string | null; classification: string };

/** What a commodity parameter resolves to: all goods, or one product of the nomenclature. */
export type CommodityChoice = { code: typeof ALL_GOODS; level: 0; name: string } | (CommodityRef & { level: HsLevel });

export const ALL_GOODS_REF = { code: ALL_GOODS, level: 0, name: 'All goods' } as const;

const MAX_SUGGESTIONS = 5;

const toCommodity = (r: CommodityRecord): Commodity => ({
  code: r.code,
  level: r.level,
  // The project's short chapter name where there is one, else the official description.
  name: r.shortName ?? r.description ?? r.code,
  parent: r.parent,
  section: r.section,
  description: r.description,
  classification: r.classification,
});

/**
 * The nomenclature in memory (7,000 codes at most per classification), read once per data version:
 * every analytics request with `commodity` resolves its code here, and the code list is searched here.
 */
export class CommodityDirectory {
  readonly all: Commodity[];
  private readonly byCode = new Map<string, Commodity>();
  private readonly children = new Map<string, Commodity[]>();

  constructor(records: CommodityRecord[]) {
    this.all = records.map(toCommodity);
    for (const c of this.all) {
      this.byCode.set(c.code, c);
      const parent = c.parent ?? ALL_GOODS;
      const list = this.children.get(parent) ?? this.children.set(parent, []).get(parent)!;
      list.push(c);
    }
  }

  get(code: string): Commodity | undefined {
    return this.byCode.get(code);
  }

  childrenOf(code: string): Commodity[] {
    return this.children.get(code) ?? [];
  }

  /** Chapter first, the code's own parent last. */
  ancestorsOf(c: Commodity): Commodity[] {
    const up: Commodity[] = [];
    for (let p = c.parent; p !== null;) {
      const parent = this.byCode.get(p);
      if (!parent) break;
      up.unshift(parent);
      p = parent.parent;
    }
    return up;
  }

  /** Whether any code of this level is known (headings and subheadings come with an imported nomenclature). */
  hasLevel(level: number): boolean {
    return this.all.some((c) => c.level === level);
  }

  /** The commodity a parameter names (TOTAL or a known HS code), or a 404 with close matches. */
  resolve(code: string, param: Pick<InvalidParam, 'in' | 'name'>): CommodityChoice {
    const key = code.trim().toUpperCase();
    if (key === ALL_GOODS) return ALL_GOODS_REF;
    const found = this.byCode.get(key);
    if (found) return { code: found.code, level: found.level as HsLevel, name: found.name };
    throw this.unknown(code, param);
  }

  unknown(code: string, param: Pick<InvalidParam, 'in' | 'name'>): ProblemError {
    const suggestions = this.closeTo(code.trim());
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `${s.code} (${s.name})`).join(', ')}?` : '';
    const shape = /^(\d{2}|\d{4}|\d{6})$/.test(code.trim()) ? '' : ' An HS code has 2, 4 or 6 digits;';
    const levels = this.hasLevel(4) ? '' : ' Only the 97 chapters are known until a nomenclature is imported (cli import FILE --format hs-nomenclature).';
    return new ProblemError('unknownCommodity', `Unknown commodity '${code}' in ${param.name}.${shape}${hint}${levels}`, {
      errors: [{ ...param, message: `unknown commodity '${code}'; use TOTAL or an HS code (2, 4 or 6 digits) listed by GET /v1/commodities` }],
      commoditySuggestions: suggestions.map((s) => ({ code: s.code, level: s.level, name: s.name })),
    });
  }

  /** Codes sharing the longest prefix with the input, else the nearest by edit distance among codes of its length. */
  private closeTo(input: string): Commodity[] {
    for (let n = Math.min(input.length, 6); n >= 2; n--) {
      const prefix = input.slice(0, n);
      const near = this.all.filter((c) => c.code.startsWith(prefix) && c.code.length <= Math.max(input.length, 2));
      // Codes of the input's level first (2701 for 2790), else the nearest known ancestor (27).
      const level = near.filter((c) => c.code.length === input.length);
      if (near.length > 0) return (level.length > 0 ? level : near).slice(0, MAX_SUGGESTIONS);
    }
    const sameLength = this.all.filter((c) => c.code.length === input.length);
    return sameLength
      .map((c) => ({ c, d: distance(c.code, input) }))
      .filter((x) => x.d <= 2)
      .sort((x, y) => x.d - y.d || x.c.code.localeCompare(y.c.code))
      .slice(0, MAX_SUGGESTIONS)
      .map((x) => x.c);
  }
}

const memos = perDatabase(() => new VersionMemo<CommodityDirectory>(4, () => 1));

/** The nomenclature as of a data version (a nomenclature import is a release, so it changes the version). */
export async function commodityDirectory(ctx: { db: Database; version: { current(): Promise<string> } }): Promise<CommodityDirectory> {
  const version = await ctx.version.current();
  return memos(ctx.db).get(version, DEFAULT_CLASSIFICATION, async () => new CommodityDirectory(await listAllCommodities(ctx.db, DEFAULT_CLASSIFICATION)));
}

import { ALL_GOODS } from '../domain.js';
import type { InvalidParam } from '../problem.js';
import { levelsPresent } from '../queries/analytics.js';
import { ALL_GOODS_REF, commodityDirectory, type CommodityChoice } from '../services/commodity-directory.js';
import type { ReadContext } from '../services/context.js';

export type { CommodityChoice } from '../services/commodity-directory.js';

export const LEVEL_NAMES: Record<number, string> = {
  0: 'all goods (TOTAL)',
  2: 'HS chapters (2 digits)',
  4: 'HS headings (4 digits)',
  6: 'HS subheadings (6 digits)',
};

/** The `commodity` parameter as the answer names it: TOTAL, or a code the nomenclature has (else a 404 with close codes). */
export async function chooseCommodity(
  ctx: ReadContext,
  code: string | undefined,
  param: Pick<InvalidParam, 'in' | 'name'> = { in: 'query', name: 'commodity' },
): Promise<CommodityChoice> {
  // All goods, every default request: no need of the nomenclature (read again after each import).
  if (code === undefined || code.trim().toUpperCase() === ALL_GOODS) return ALL_GOODS_REF;
  return (await commodityDirectory(ctx)).resolve(code, param);
}

/**
 * Why an answer about `commodity` has no figures when the pair (or the country, `b` undefined) has
 * figures at other levels: what is there instead, and where to see it. Null where there is nothing
 * at all (the coverage notes say that).
 */
export async function otherLevelsNote(ctx: ReadContext, commodity: CommodityChoice, a: string, b: string | undefined): Promise<string | null> {
  const asked = commodity.code === ALL_GOODS ? 'all goods (TOTAL)' : `${commodity.code} (${commodity.name})`;
  const where = b === undefined ? `GET /v1/countries/${a}/products` : `GET /v1/bilateral/${a}/${b}/products`;
  return levelsInsteadNote(ctx, asked, commodity.code === ALL_GOODS ? 0 : null, a, b, `${where} lists them`);
}

/**
 * The note of otherLevelsNote for what was `asked` (in words); `level`: a level not to offer as an
 * alternative (the one asked); `how`: how to get what there is.
 */
export async function levelsInsteadNote(
  ctx: ReadContext,
  asked: string,
  level: number | null,
  a: string,
  b: string | undefined,
  how: string,
): Promise<string | null> {
  const levels = (await levelsPresent(ctx.db, a, b)).filter((l) => l !== level);
  if (levels.length === 0) return null;
  const who = b === undefined ? a : `${a} and ${b}`;
  return `no figures for ${asked} for ${who} in any source; there are figures for ${levels.map((l) => LEVEL_NAMES[l] ?? `level ${l}`).join(', ')}: ${how}`;
}

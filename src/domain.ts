/**
 * The project's vocabulary, each term written once. The database CHECK constraints, the zod enums,
 * the import's row checks, the SQL that ranks sources and the definition texts are all derived from
 * here, and test/domain.test.ts fails when the migrated database disagrees: adding a flow kind or
 * ranking a source is one edit here (plus `npm run db:generate` where a CHECK changes).
 */

/** Kinds of trade flow a figure can describe. */
export const FLOWS = ['export', 'import', 're-export', 're-import', 'turnover'] as const;
export type Flow = (typeof FLOWS)[number];

/** Years a figure may carry, inclusive. Imports also refuse years after the current one. */
export const YEAR_BOUNDS = { min: 1900, max: 2100 } as const;

/** The lifecycle of an import (a release). */
export const RELEASE_STATUSES = ['running', 'completed', 'failed'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

/** `commodity` of a figure for all goods; any other commodity is an HS code. */
export const ALL_GOODS = 'TOTAL';
/** A commodity as stored: ALL_GOODS or an HS code of 2, 4 or 6 digits. */
export const COMMODITY_CODE = /^(TOTAL|\d{2}|\d{4}|\d{6})$/;
/** HS levels: chapters (2 digits), headings (4), subheadings (6). */
export const HS_LEVELS = [2, 4, 6] as const;
export type HsLevel = (typeof HS_LEVELS)[number];
/** The source each nomenclature import is a release of: product codes, never trade figures. */
export const NOMENCLATURE_SOURCE = 'hs-nomenclature';
/** The nomenclature codes belong to unless said otherwise. */
export const DEFAULT_CLASSIFICATION = 'HS2022';

/**
 * The partner of a reporter's trade with the whole world as it reports it (a reported World total,
 * not the sum of its partners): its own flows, never a partner in rankings or group sums.
 */
export const WORLD = 'WLD';

/** The seed article's figures (demo data): ranked after every other source. */
export const DEMO_SOURCE_ID = 'seed-article';

/** Stands in SOURCE_PRIORITY for every source it does not name. */
export const OTHER_SOURCES = '*';

/**
 * Where several sources report the same figure, the first of these answers. Official statistics
 * first; sources not named rank at OTHER_SOURCES; the demo article last.
 */
export const SOURCE_PRIORITY: readonly string[] = ['imf-dots', 'imf-imts', 'un-comtrade', OTHER_SOURCES, DEMO_SOURCE_ID];

const OTHER_RANK = SOURCE_PRIORITY.indexOf(OTHER_SOURCES);

/** Lower answers first. */
export function sourceRank(source: string): number {
  const rank = SOURCE_PRIORITY.indexOf(source);
  return rank === -1 || source === OTHER_SOURCES ? OTHER_RANK : rank;
}

/** The priority in words, for the definition texts: "imf-dots, then imf-imts, ..., then any other source, seed-article last". */
export function sourcePriorityText(): string {
  const named = SOURCE_PRIORITY.map((s) => (s === OTHER_SOURCES ? 'any other source' : s));
  return `${named.slice(0, -1).join(', then ')}, and ${named.at(-1)} last`;
}

/** How a country's figure was obtained (docs/definitions.md, "Basis"). */
export const BASES = ['reporter', 'mirror', 'turnover'] as const;
export type Basis = (typeof BASES)[number];
/** Which side's report a caller prefers. */
export const BASIS_PREFERENCES = ['reporter', 'partner'] as const;
/** What a pair figure measures. */
export const MEASURES = ['total', 'exports', 'imports'] as const;

/** "a, b or c": how messages list the accepted words. */
export const orList = (words: readonly string[]): string => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

import { z } from 'zod';
import { DEFINITIONS } from '../analytics/definition-texts.js';
import { AnswerSource, BasisPreference, Figure, Notes } from './analytics.js';
import { CommodityRef, levelSchema } from './commodities.js';
import { CountryRef, checkYearRange, codeListSchema, countryCodeListSchema, formatSchema, limitSchema, textParam, yearSchema } from './common.js';

export const MAX_PRODUCTS_LIMIT = 1000;
export const MAX_PRODUCT_YEARS = 30;

export const PRODUCT_FLOWS = ['export', 'import', 'total'] as const;
export type ProductFlow = (typeof PRODUCT_FLOWS)[number];

const productFields = {
  year: yearSchema('The year (instead of from/to); default: the latest year of the chosen source').optional(),
  from: yearSchema(`First year of a range: one ranking per year in \`years\` (at most ${MAX_PRODUCT_YEARS} years)`).optional(),
  to: yearSchema('Last year of a range').optional(),
  flow: z
    .enum(PRODUCT_FLOWS, { error: 'must be export, import or total' })
    .default('export')
    .describe("export (default): a's exports to b; import: a's imports from b; total: both"),
  level: levelSchema.default(2).describe('2 (default) chapters, 4 headings, 6 subheadings'),
  parent: textParam(10).optional().describe('Only the goods under this HS code (e.g. 27 for the headings of chapter 27); default: all goods'),
  commodity: codeListSchema(
    'Only these goods in `data`',
    'HS codes at `level` (e.g. 2709,2710 with level=4); ranks, shares and `total` stay those among every product, and `rest` holds the others',
  ).optional(),
  limit: limitSchema(MAX_PRODUCTS_LIMIT, 20),
  source: textParam(64).optional().describe(DEFINITIONS.source),
  basis: BasisPreference.default('reporter').describe("reporter (default): a's own reports, the partner's mirror where missing; partner: the mirror first"),
  format: formatSchema,
};

export const PairProductsQuery = z.strictObject(productFields).superRefine((q, ctx) => checkYearRange(q, ctx, MAX_PRODUCT_YEARS - 1));
export type PairProductsQuery = z.infer<typeof PairProductsQuery>;

const ProductRow = z.object({
  rank: z.number().int(),
  commodity: CommodityRef,
  value: z.number().describe('US dollars'),
  sharePct: z.number().nullable().describe('0-100: share of the product in the sum over every product at this level (`total`)'),
  basis: Figure.shape.basis,
  estimated: z.boolean(),
  source: z.string().nullable(),
  derived: z.boolean().describe(DEFINITIONS.derived),
  netWeightKg: z.number().nullable().describe('Net weight in kg of the report the value comes from; null where the file had none'),
  unitValueUsdPerKg: z.number().nullable().describe('value / netWeightKg: US dollars per kg; null without a weight'),
});

const rankingFields = {
  total: Figure.describe('Σ over every product at this level under the parent (the shares are of this)'),
  parentFigure: Figure.describe(
    'The figure for the parent itself (for all goods: the reported total), to compare with the sum of its products; the notes say when they differ',
  ),
  data: z.array(ProductRow),
  rest: Figure.extend({ sharePct: z.number().nullable().describe('0-100: share of the rest in the total') }).describe(
    'The products beyond `limit`, together, as a figure with its share',
  ),
};

export const PairProducts = z
  .object({
    reporter: CountryRef,
    partner: CountryRef,
    flow: z.enum(PRODUCT_FLOWS).describe("export: a's exports to b; import: a's imports from b; total: both"),
    level: z.number().int().describe('2 chapters, 4 headings, 6 subheadings'),
    parent: CommodityRef.describe('The goods ranked are under this code (TOTAL: all goods)'),
    unit: z.literal('USD'),
    source: AnswerSource,
    year: z.number().int().nullable().describe('The year of the top-level ranking: the one asked, or the last of a range'),
    ...rankingFields,
    years: z
      .array(z.object({ year: z.number().int().nullable(), ...rankingFields }))
      .describe('One ranking per year: the one year asked, or each year of from-to'),
    notes: Notes,
  })
  .meta({ id: 'PairProducts', description: `A pair's goods ranked by value, with shares. ${DEFINITIONS.commodity}` });

export const CountryProductsQuery = z
  .strictObject({
    ...productFields,
    within: textParam(64)
      .toLowerCase()
      .optional()
      .describe("A group id (central-asia, eaeu, ...): only trade with the group's other members that year; default: every partner (the World)"),
    partner: countryCodeListSchema('Only trade with these partners (instead of within)').optional().meta({ example: undefined }),
  })
  .superRefine((q, ctx) => checkYearRange(q, ctx, MAX_PRODUCT_YEARS - 1));
export type CountryProductsQuery = z.infer<typeof CountryProductsQuery>;

export const CountryProducts = z
  .object({
    reporter: CountryRef,
    flow: z.enum(PRODUCT_FLOWS).describe("export: the country's exports; import: its imports; total: both"),
    level: z.number().int().describe('2 chapters, 4 headings, 6 subheadings'),
    parent: CommodityRef,
    within: z.string().nullable().describe('The group whose members are the partners; null: every partner'),
    unit: z.literal('USD'),
    source: AnswerSource,
    year: z.number().int().nullable(),
    ...rankingFields,
    years: z
      .array(z.object({ year: z.number().int().nullable(), ...rankingFields }))
      .describe('One ranking per year: the one year asked, or each year of from-to'),
    notes: Notes,
  })
  .meta({ id: 'CountryProducts', description: `A country's goods ranked by value, with shares, summed over its partners. ${DEFINITIONS.commodity}` });

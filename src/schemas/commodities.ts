import { z } from 'zod';
import { ALL_GOODS, HS_LEVELS } from '../domain.js';
import { Page, cursorSchema, formatSchema, limitSchema, textParam } from './common.js';

export const MAX_COMMODITIES_LIMIT = 10_000;

export const CommodityRef = z
  .object({
    code: z.string().meta({ example: '27' }).describe('TOTAL (all goods) or an HS code of 2, 4 or 6 digits'),
    level: z.number().int().meta({ example: 2 }).describe('0 for TOTAL; 2 chapter, 4 heading, 6 subheading'),
    name: z.string().meta({ example: 'Mineral fuels and oils' }).describe("The project's short chapter name, else the official description"),
  })
  .meta({ id: 'CommodityRef', description: 'A product as it appears anywhere in a response.' });

export const Commodity = CommodityRef.extend({
  parent: z.string().nullable().meta({ example: null }).describe('The code one level up; null for a chapter'),
  section: z.string().nullable().meta({ example: 'V' }).describe('HS section (Roman numeral)'),
  description: z.string().nullable().describe('The official description; null for a chapter until a nomenclature is imported'),
  classification: z.string().meta({ example: 'HS2022' }).describe('The nomenclature the code belongs to (HS2022)'),
}).meta({ id: 'Commodity' });

export const CommodityDetail = Commodity.extend({
  ancestors: z.array(Commodity).describe('From the chapter down to the parent'),
  children: z.array(Commodity).describe('The codes one level down (headings of a chapter, subheadings of a heading)'),
}).meta({ id: 'CommodityDetail' });

export const CommodityList = z.object({ data: z.array(Commodity), page: Page }).meta({ id: 'CommodityList' });

const levelValues = HS_LEVELS.map(String) as ['2', '4', '6'];
export const levelSchema = z
  .enum(levelValues, { error: 'must be 2 (chapters), 4 (headings) or 6 (subheadings)' })
  .transform((v) => Number(v) as (typeof HS_LEVELS)[number]);

export const CommodityListQuery = z.strictObject({
  q: textParam(100).optional().describe('Search: a code prefix (2709, 27) or words in the name and description (crude), any case').meta({ example: 'fuel' }),
  level: levelSchema.optional().describe('Only this level: 2 chapters, 4 headings, 6 subheadings'),
  parent: textParam(10).optional().describe(`Only the children of this code (${ALL_GOODS} for the chapters)`),
  limit: limitSchema(MAX_COMMODITIES_LIMIT, 100),
  cursor: cursorSchema,
  format: formatSchema,
});
export type CommodityListQuery = z.infer<typeof CommodityListQuery>;

/** `commodity` on the analytics routes. */
export const commodityParam = textParam(10)
  .optional()
  .describe(`${ALL_GOODS} (all goods; the default) or an HS code of 2, 4 or 6 digits (GET /v1/commodities lists them)`);

export const CommodityParams = z.object({
  code: textParam(10).describe('An HS code of 2, 4 or 6 digits').meta({ example: '27' }),
});

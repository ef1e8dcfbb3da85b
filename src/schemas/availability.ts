import { z } from 'zod';
import { ALL_GOODS } from '../domain.js';
import { CountryRef, Page, checkYearRange, countryCodeSchema, cursorSchema, formatSchema, limitSchema, textParam, yearSchema } from './common.js';

export const MAX_AVAILABILITY_LIMIT = 10_000;

export const AVAILABILITY_LEVELS = [ALL_GOODS, '2', '4', '6'] as const;

export const AvailabilityQuery = z
  .strictObject({
    reporter: countryCodeSchema('Only what this country reported').optional(),
    partner: countryCodeSchema('Only reports about trade with this partner').optional().meta({ example: 'UZB' }),
    source: textParam(64).optional().describe('Only this source id (GET /v1/sources)'),
    year: yearSchema('One year (instead of from/to)').optional(),
    from: yearSchema('First year (inclusive)').optional(),
    to: yearSchema('Last year (inclusive)').optional(),
    level: z
      .enum(AVAILABILITY_LEVELS, { error: 'must be TOTAL, 2, 4 or 6' })
      .optional()
      .describe('Only figures at this commodity level: TOTAL (all goods), 2 chapters, 4 headings, 6 subheadings'),
    limit: limitSchema(MAX_AVAILABILITY_LIMIT, 1000),
    cursor: cursorSchema,
    format: formatSchema,
  })
  .superRefine((q, ctx) => checkYearRange(q, ctx));
export type AvailabilityQuery = z.infer<typeof AvailabilityQuery>;

export const Availability = z
  .object({
    reporter: CountryRef.describe('The country whose reports these are'),
    year: z.number().int(),
    source: z.string().meta({ example: 'imf-dots' }),
    partners: z.number().int().describe('How many partners it reported trade with'),
    levels: z
      .array(z.number().int())
      .describe('Commodity levels present: 0 all goods (TOTAL), 2 chapters, 4 headings, 6 subheadings')
      .meta({ example: [0] }),
    flows: z.array(z.string()).describe('Flows present (export, import, re-export, re-import, turnover)'),
    release: z.number().int().describe('The latest release (import) that wrote any of these figures: GET /v1/releases/{id}'),
    releasedAt: z.iso.datetime().nullable().describe('When that release committed'),
  })
  .meta({ id: 'Availability' });

export const AvailabilityList = z.object({ data: z.array(Availability), page: Page }).meta({ id: 'AvailabilityList' });

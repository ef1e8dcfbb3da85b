import { z } from 'zod';
import { ALL_GOODS, COMMODITY_CODE, DEMO_SOURCE_ID, FLOWS } from '../domain.js';
import {
  CountryRef,
  MAX_ID,
  Page,
  checkYearRange,
  codeListSchema,
  countryCodeListSchema,
  cursorSchema,
  formatSchema,
  limitSchema,
  textParam,
  yearSchema,
} from './common.js';

export const MAX_FLOWS_LIMIT = 10_000;

/** A date whose day exists in the calendar (2026-02-30 does not), with a time Date can read if one is given. */
function isCalendarMoment(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const sameDay = day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  return sameDay && (text.length === 10 || !Number.isNaN(new Date(text).getTime()));
}

export const FlowEnum = z
  .enum(FLOWS, { error: `must be one of ${FLOWS.join(', ')}` })
  .describe(
    'export (reporter to partner, usually FOB), import (reporter from partner, usually CIF), re-export, re-import, ' +
      'or turnover (exports + imports, for statistics published only as a total)',
  );

export const FlowRow = z
  .object({
    reporter: CountryRef.describe('The country whose statistics office reported the figure'),
    partner: CountryRef,
    year: z.number().int().meta({ example: 2022 }),
    flow: FlowEnum,
    commodity: z.string().meta({ example: ALL_GOODS }).describe(`${ALL_GOODS} for all goods, or an HS code`),
    valueUsd: z.number().meta({ example: 5_000_000_000 }).describe('Value in US dollars (not millions)'),
    estimated: z.boolean().describe('True where the source marks the figure as an estimate, or it was derived'),
    source: z.string().meta({ example: DEMO_SOURCE_ID }).describe('Source id (GET /v1/sources)'),
    release: z.number().int().describe('Id of the import (release) that wrote the value'),
    note: z.string().nullable().describe('How the value was obtained, where that needs saying'),
  })
  .meta({ id: 'FlowRow' });

export const FlowList = z.object({ unit: z.literal('USD'), data: z.array(FlowRow), page: Page }).meta({ id: 'FlowList' });

export const FlowQuery = z
  .strictObject({
    reporter: countryCodeListSchema('Reporting country').optional(),
    partner: countryCodeListSchema('Partner country').optional().meta({ example: 'UZB' }),
    year: yearSchema('One year (instead of from/to)').optional(),
    from: yearSchema('First year (inclusive)').optional().meta({ example: 2017 }),
    to: yearSchema('Last year (inclusive)').optional().meta({ example: 2022 }),
    flow: FlowEnum.optional(),
    commodity: codeListSchema('TOTAL or an HS code of 2, 4 or 6 digits (GET /v1/commodities)', 'e.g. 27,2709')
      .refine((list) => list.every((c) => COMMODITY_CODE.test(c.toUpperCase())), { error: 'must be TOTAL or HS codes of 2, 4 or 6 digits, e.g. 27 or 2709' })
      .optional(),
    source: textParam(64).optional().describe('Only figures of this source id (GET /v1/sources)'),
    asOf: z
      .string()
      .trim()
      .regex(/^(\d+|\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)$/, {
        error: 'must be a release id (e.g. 12) or an ISO date or date-time (e.g. 2026-01-31 or 2026-01-31T12:00:00Z)',
      })
      .refine((v) => !/^\d+$/.test(v) || Number(v) <= MAX_ID, { error: `a release id is at most ${MAX_ID}` })
      .refine((v) => /^\d+$/.test(v) || isCalendarMoment(v), { error: 'is not a date that exists (e.g. 2026-02-30), or its time is malformed' })
      .optional()
      .describe(
        'Values as they stood then: a release id (right after that import), or an ISO date (the end of that day, UTC) or date-time. ' +
          'Values a later import changed are taken from their revisions; flows first loaded later are left out.',
      ),
    limit: limitSchema(MAX_FLOWS_LIMIT, 1000),
    cursor: cursorSchema,
    format: formatSchema,
  })
  .superRefine((q, ctx) => checkYearRange(q, ctx));
export type FlowQuery = z.infer<typeof FlowQuery>;

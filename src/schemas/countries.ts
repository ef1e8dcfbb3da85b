import { z } from 'zod';
import { CountryRef, Page, countryCodeSchema, cursorSchema, formatSchema, limitSchema, textParam } from './common.js';

export const MAX_COUNTRIES_LIMIT = 1000;

export const Country = CountryRef.extend({
  altNames: z.array(z.string()).describe('Other English names, e.g. Russia for Russian Federation'),
  region: z.string().nullable().meta({ example: 'Asia' }).describe('UN M49 region'),
  subregion: z.string().nullable().meta({ example: 'Central Asia' }).describe('UN M49 sub-region'),
  intermediateRegion: z.string().nullable().describe('UN M49 intermediate region, where there is one'),
  historical: z.boolean().describe('True for entities that no longer exist (USSR, Yugoslavia, ...), kept so old data loads'),
  note: z.string().nullable(),
}).meta({ id: 'Country' });

export const CountryDetail = Country.extend({
  groups: z
    .array(
      z.object({
        id: z.string().meta({ example: 'central-asia' }),
        name: z.string(),
        fromYear: z.number().int().nullable().describe('First year of membership (inclusive); null = no bound'),
        toYear: z.number().int().nullable().describe('Last year of membership (inclusive); null = still a member'),
      }),
    )
    .describe('Country groups this country belongs or belonged to'),
}).meta({ id: 'CountryDetail' });

export const CountryListQuery = z.strictObject({
  region: textParam(100)
    .optional()
    .describe('UN M49 region, sub-region or intermediate region: a name (Central Asia) or code (143), any case')
    .meta({ example: 'Central Asia' }),
  q: textParam(100).optional().describe('Search names (also alternative names such as Russia) and codes').meta({ example: 'kaz' }),
  historical: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((v) => v === 'true')
    .optional()
    .describe('true: only historical entities; false: only current ones; absent: both'),
  limit: limitSchema(MAX_COUNTRIES_LIMIT, 300),
  cursor: cursorSchema,
  format: formatSchema,
});
export type CountryListQuery = z.infer<typeof CountryListQuery>;

export const CountryList = z.object({ data: z.array(Country), page: Page }).meta({ id: 'CountryList' });

export const CountryParams = z.object({ code: countryCodeSchema('The country') });

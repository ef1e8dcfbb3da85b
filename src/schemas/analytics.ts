import { z } from 'zod';
import { DEFINITIONS } from '../analytics/definition-texts.js';
import { BASES, BASIS_PREFERENCES, MEASURES, orList } from '../domain.js';
import { CommodityRef, commodityParam } from './commodities.js';
import { CountryRef, checkYearRange, countryCodeSchema, formatSchema, limitSchema, textParam, yearSchema } from './common.js';

export const MAX_SPAN_YEARS = 100;

const Basis = z.enum(BASES).nullable().describe(DEFINITIONS.basis);

const Derived = z.boolean().describe(DEFINITIONS.derived);
const ReportFields = z.object({ value: z.number(), estimated: z.boolean(), source: z.string(), derived: Derived });
export type Report = z.infer<typeof ReportFields>;

export const Report = ReportFields.nullable().describe("One side's report of the figure; null where that side did not report");

export const Figure = z
  .object({
    value: z.number().nullable().describe('US dollars; null where nothing is known (never 0 for missing)'),
    basis: Basis,
    estimated: z.boolean().describe('True if the figure or any figure it is computed from is an estimate'),
    source: z.string().nullable().describe('Source id; "a+b" where a figure combines two sources'),
    derived: Derived,
  })
  .meta({ id: 'Figure' });
export type Figure = z.infer<typeof Figure>;

export const DirectionalFigure = Figure.extend({
  reported: Report.describe('As the first country reports it'),
  mirror: Report.describe('As the partner reports the same goods'),
}).meta({ id: 'DirectionalFigure' });
export type DirectionalFigure = z.infer<typeof DirectionalFigure>;

export const Coverage = z
  .object({
    reporter: z.array(z.number().int()).describe('Years the first country reported trade with the partner'),
    partner: z.array(z.number().int()).describe('Years the partner reported trade with the first country'),
  })
  .meta({ id: 'Coverage' });

export const PairParams = z.object({ a: countryCodeSchema('First country'), b: countryCodeSchema('Partner country').meta({ example: 'UZB' }) });

export const BasisPreference = z.enum(BASIS_PREFERENCES, { error: `must be ${orList(BASIS_PREFERENCES)}` });
export type BasisPreference = z.infer<typeof BasisPreference>;

// Swagger UI fills Try-it-out from examples: only from/to carry one, so the form never sends year with them.
const rangeFields = {
  year: yearSchema('One year (instead of from/to)').optional(),
  from: yearSchema("First year (inclusive); default: the answer's source's first year").optional().meta({ example: 2017 }),
  to: yearSchema("Last year (inclusive); default: the answer's source's last year").optional().meta({ example: 2022 }),
  source: textParam(64).optional().describe(DEFINITIONS.source),
  commodity: commodityParam,
  basis: BasisPreference.default('reporter').describe("reporter (default): a's own reports, the partner's mirror where missing; partner: the mirror first"),
  format: formatSchema,
};

export const PairQuery = z.strictObject(rangeFields).superRefine((q, ctx) => checkYearRange(q, ctx, MAX_SPAN_YEARS));
export type PairQuery = z.infer<typeof PairQuery>;

export const Measure = z.enum(MEASURES, { error: `must be ${orList(MEASURES)}` });
export type Measure = z.infer<typeof Measure>;

// No `year`: growth needs a span (a year alone is refused as an unknown parameter, naming from and to).
const spanFields = {
  from: rangeFields.from,
  to: rangeFields.to,
  source: rangeFields.source,
  commodity: commodityParam,
  basis: rangeFields.basis,
  format: formatSchema,
};
export const GrowthQuery = z
  .strictObject({ ...spanFields, measure: Measure.default('total').describe('Which series grows: total (default), exports or imports') })
  .superRefine((q, ctx) => checkYearRange(q, ctx, MAX_SPAN_YEARS));
export type GrowthQuery = z.infer<typeof GrowthQuery>;

/** The source an answer's figures come from: one id, "any" (mixed on request), or null when there is no data. */
export const AnswerSource = z
  .string()
  .nullable()
  .describe('The one source every figure of this answer comes from (chosen, or pinned with `source`); "any" with source=any; null where there is no data');

export const Notes = z
  .array(z.string())
  .describe('What a reader must know about the figures: years outside the data, other sources available, sources mixed with source=any, why a figure is null');

const pairHeader = {
  reporter: CountryRef,
  partner: CountryRef,
  commodity: CommodityRef.describe('The goods every figure is about: TOTAL (all goods) or an HS code'),
  unit: z.literal('USD'),
  source: AnswerSource,
};
const pairFooter = { coverage: Coverage.describe("Years each side reported, in the answer's source"), notes: Notes };

export const Bilateral = z
  .object({
    ...pairHeader,
    basis: BasisPreference,
    data: z.array(
      z.object({
        year: z.number().int(),
        exports: DirectionalFigure.describe("a's exports to b"),
        imports: DirectionalFigure.describe("a's imports from b"),
        total: Figure.describe(DEFINITIONS.total),
        balance: Figure.describe(DEFINITIONS.balance),
        totalYoyPct: z.number().nullable().describe(DEFINITIONS.yoy),
      }),
    ),
    ...pairFooter,
  })
  .meta({ id: 'Bilateral' });

const YearValue = z.object({ year: z.number().int(), value: z.number().nullable() });
const Endpoint = z.object({
  year: z.number().int().nullable().describe('null when the pair has no value of the measure at all'),
  value: z.number().nullable(),
});

export const Growth = z
  .object({
    ...pairHeader,
    measure: Measure,
    start: Endpoint,
    end: Endpoint,
    change: z.number().nullable().describe(DEFINITIONS.change),
    changePct: z.number().nullable().describe(DEFINITIONS.change),
    cagrPct: z.number().nullable().describe(DEFINITIONS.cagr),
    yoy: z.array(YearValue.extend({ pct: z.number().nullable().describe(DEFINITIONS.yoy) })),
    ...pairFooter,
  })
  .meta({ id: 'Growth' });

export const Mirror = z
  .object({
    ...pairHeader,
    data: z.array(
      z.object({
        year: z.number().int(),
        flow: z.enum(['export', 'import']).describe("export: a's exports vs b's imports from a; import: a's imports vs b's exports to a"),
        reported: Report,
        mirror: Report,
        gap: z.number().nullable().describe(DEFINITIONS.mirror),
        gapPct: z.number().nullable(),
        cifFobRatio: z.number().nullable(),
      }),
    ),
    ...pairFooter,
  })
  .meta({ id: 'Mirror', description: DEFINITIONS.mirror });

export const MAX_PARTNERS_LIMIT = 300;

/** `within` for shares of a country's own reported total with the World (partner WLD) rather than of the sum of its partners. */
export const WORLD_REPORTED = 'world-reported';

export const MAX_PARTNER_YEARS = 30;

export const PartnersQuery = z
  .strictObject({
    year: yearSchema('The year (instead of from/to); default: the latest year of the source with the most partners in its latest year').optional(),
    from: yearSchema(
      `First year of a range: one ranking per year in \`years\` (at most ${MAX_PARTNER_YEARS} years); default: the source's first year`,
    ).optional(),
    to: yearSchema("Last year of a range; default: the source's last year").optional(),
    measure: Measure.default('total'),
    within: textParam(64)
      .toLowerCase()
      .optional()
      .describe(
        'A group id the country belongs to (central-asia, eaeu, ...): partners and shares within its other members; ' +
          `or ${WORLD_REPORTED}: every partner, shares of the country's own reported total with the World (partner WLD) instead of the sum of its partners`,
      )
      .meta({ example: 'central-asia' }),
    limit: limitSchema(MAX_PARTNERS_LIMIT, 20),
    source: rangeFields.source,
    commodity: commodityParam,
    basis: rangeFields.basis,
    format: formatSchema,
  })
  .superRefine((q, ctx) => checkYearRange(q, ctx, MAX_PARTNER_YEARS - 1));
export type PartnersQuery = z.infer<typeof PartnersQuery>;

const PartnerRow = z.object({
  rank: z.number().int(),
  partner: CountryRef,
  value: z.number(),
  sharePct: z.number().nullable().describe(`0-100. ${DEFINITIONS.share}`),
  basis: Basis,
  estimated: z.boolean(),
  source: z.string().nullable(),
  derived: z.boolean().describe(DEFINITIONS.derived),
});

const rankingFields = {
  total: Figure.describe(
    'Σ of the measure over every partner in the set, as a figure (basis where all share one, estimated if any is); null value where no partner has one',
  ),
  data: z.array(PartnerRow),
  rest: Figure.extend({ sharePct: z.number().nullable().describe('0-100: share of the rest in the total') }).describe(
    'The partners beyond `limit`, together, as a figure with its share',
  ),
};

export const Partners = z
  .object({
    reporter: CountryRef,
    commodity: pairHeader.commodity,
    year: z.number().int().nullable().describe('The year of the top-level ranking: the one asked, or the last of a range'),
    measure: Measure,
    within: z.string().nullable(),
    unit: z.literal('USD'),
    source: AnswerSource,
    ...rankingFields,
    years: z
      .array(z.object({ year: z.number().int().nullable(), ...rankingFields }))
      .describe('One ranking per year: the one year asked, or each year of from-to (for a share-over-time chart in one call)'),
    notes: Notes,
  })
  .meta({ id: 'Partners', description: DEFINITIONS.share });

export const GroupTradeQuery = z
  .strictObject({
    year: yearSchema('One year; default (no year, from or to): the latest year of the chosen source').optional(),
    from: yearSchema("First year (inclusive); default: the chosen source's first year").optional(),
    to: yearSchema("Last year (inclusive); default: the chosen source's last year").optional(),
    source: rangeFields.source,
    commodity: commodityParam,
    format: formatSchema,
  })
  .superRefine((q, ctx) => checkYearRange(q, ctx, MAX_SPAN_YEARS));
export type GroupTradeQuery = z.infer<typeof GroupTradeQuery>;

export const GroupTradeYear = z
  .object({
    group: z.string(),
    year: z.number().int(),
    unit: z.literal('USD'),
    members: z.array(CountryRef).describe('Members in that year'),
    intra: Figure.describe(`${DEFINITIONS.intra} A figure: basis where every pair shares one, estimated if any is; null value in a year without any figure`),
    extra: Figure.describe("The members' exports to everyone else, as a figure"),
    total: Figure.describe("The members' exports, intra + extra, as a figure"),
    intraSharePct: z.number().nullable(),
    matrix: z
      .array(Figure.extend({ reporter: CountryRef, partner: CountryRef }))
      .describe("exports(i→j) for every ordered member pair, as a figure (i's report, else j's mirror)"),
  })
  .meta({ id: 'GroupTradeYear', description: DEFINITIONS.intra });

export const GroupTrade = z
  .object({
    group: z.string(),
    commodity: pairHeader.commodity,
    unit: z.literal('USD'),
    source: AnswerSource,
    data: z.array(GroupTradeYear).describe('One object per year, oldest first'),
    notes: Notes,
  })
  .meta({ id: 'GroupTrade' });

import type { tradeFlows } from '../db/schema.js';
import { DEMO_SOURCE_ID } from '../domain.js';

/**
 * The demo data, all of it: the seed article's statements as trade observations, so a new embedded
 * database can answer the questions the project started from. Only what the article states, and
 * what follows from it. services/demo-data.ts loads it (into a new embedded database at start, or by
 * `cli seed demo`); domain.ts ranks it after every real source.
 */
export const DEMO_SOURCE = {
  id: DEMO_SOURCE_ID,
  name: 'Central Asia partners article (demo data)',
  publisher: 'News article, August 2024',
  url: null,
  license: 'Quoted figures; demo data only',
  citation:
    '"Kazakhstan President Kassym-Jomart Tokayev noted that bilateral trade between the two countries has grown by 29% over the last five years, reaching $5bn in 2022." ' +
    '"... Uzbekistan accounting for 57% of Kazakhstan\'s trade with Central Asian countries." (shared/seeds/central-asia-partners-article.txt)',
  notes: 'Statements of the article turned into observations for demonstration. Import real data (IMF DOTS, UN Comtrade) for analysis.',
};

const TRADE_2022_USD = 5_000_000_000;
const GROWTH_OVER_FIVE_YEARS = 0.29;

export type DemoFlow = Pick<typeof tradeFlows.$inferInsert, 'reporter' | 'partner' | 'year' | 'flow' | 'valueUsd' | 'estimated'> & { note: string };

export const DEMO_FLOWS: DemoFlow[] = [
  {
    reporter: 'KAZ',
    partner: 'UZB',
    year: 2022,
    flow: 'turnover',
    valueUsd: TRADE_2022_USD,
    estimated: false,
    note: 'Stated in the article: bilateral trade "reaching $5bn in 2022" (a rounded figure).',
  },
  {
    reporter: 'KAZ',
    partner: 'UZB',
    year: 2017,
    flow: 'turnover',
    // numeric(20,2) keeps cents: 3,875,968,992.25
    valueUsd: Math.round((TRADE_2022_USD / (1 + GROWTH_OVER_FIVE_YEARS)) * 100) / 100,
    estimated: true,
    note: 'Derived from the statement "grown by 29% over the last five years, reaching $5bn in 2022": 5bn / 1.29.',
  },
];

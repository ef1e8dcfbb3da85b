import type { sources } from '../db/schema.js';

type SourceRow = typeof sources.$inferInsert;

/** Publishers whose files the importers read; synced at start so `--source imf-dots` works on a new database. */
export const SOURCES: SourceRow[] = [
  {
    id: 'imf-dots',
    name: 'Direction of Trade Statistics (DOTS)',
    publisher: 'International Monetary Fund',
    url: 'https://data.imf.org/',
    license: 'IMF terms of use: free reuse with attribution',
    citation: 'Source: IMF, Direction of Trade Statistics',
    notes: 'Annual goods trade by partner; exports FOB, imports CIF, as each reporter reports them; IMF estimates flagged.',
  },
  {
    id: 'imf-imts',
    name: 'International Merchandise Trade Statistics (IMTS)',
    publisher: 'International Monetary Fund',
    url: 'https://data.imf.org/',
    license: 'IMF terms of use: free reuse with attribution',
    citation: 'Source: IMF, International Merchandise Trade Statistics',
    notes: 'The successor of DOTS on the IMF data portal, served as SDMX.',
  },
  {
    id: 'un-comtrade',
    name: 'UN Comtrade',
    publisher: 'United Nations Statistics Division',
    url: 'https://comtradeplus.un.org/',
    license: 'UN Comtrade terms of use',
    citation: 'Source: United Nations Comtrade database',
    notes: 'Goods trade by partner and HS commodity as reported by national statistics offices.',
  },
];

import type { sources } from '../db/schema.js';
import { NOMENCLATURE_SOURCE } from '../domain.js';

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
  {
    id: NOMENCLATURE_SOURCE,
    name: 'Harmonized System 2022 nomenclature',
    publisher: 'World Customs Organization',
    url: 'https://www.wcoomd.org/en/topics/nomenclature/instrument-and-tools/hs-nomenclature-2022-edition.aspx',
    license: 'As the file imported says (the datasets/harmonized-system data package: ODC-PDDL 1.0)',
    citation: 'Source: World Customs Organization, Harmonized System 2022',
    notes:
      'Product codes and descriptions, not trade figures: each nomenclature import (cli import FILE --format hs-nomenclature) is a release of this source.',
  },
];

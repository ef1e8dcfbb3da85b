import { WORLD } from '../domain.js';
import type { CountryRow } from './countries.js';

/**
 * Entities that trade data uses but ISO 3166-1 no longer (or never) lists, and the World (WLD) as a
 * partner of reported World totals. Real files (IMF DOTS,
 * Comtrade) still carry them for old years, so the country table must know them rather than
 * reject those rows. M49 codes are the UN's historical ones.
 */
export const HISTORICAL_ENTITIES: CountryRow[] = [
  {
    iso3: WORLD,
    iso2: null,
    m49: 1,
    name: 'World',
    altNames: ['All partners'],
    region: null,
    subregion: null,
    intermediateRegion: null,
    historical: false,
    note: "Not a country: a reporter's total trade with the world as it reports it (reported World totals), beside the sum of its partners.",
  },
  entity('SUN', 'SU', 810, 'USSR', ['Soviet Union', 'Union of Soviet Socialist Republics'], 'Europe', 'Eastern Europe', 'Dissolved in 1991.'),
  entity('CSK', 'CS', 200, 'Czechoslovakia', [], 'Europe', 'Eastern Europe', 'Split into CZE and SVK in 1993.'),
  entity('YUG', 'YU', 890, 'Yugoslavia', ['Socialist Federal Republic of Yugoslavia'], 'Europe', 'Southern Europe', 'SFR Yugoslavia, dissolved 1991-1992.'),
  entity('SCG', null, 891, 'Serbia and Montenegro', ['Federal Republic of Yugoslavia'], 'Europe', 'Southern Europe', 'Split into SRB and MNE in 2006.'),
  entity('DDR', 'DD', 278, 'German Democratic Republic', ['East Germany'], 'Europe', 'Western Europe', 'Joined DEU in 1990.'),
  entity('YAR', null, 886, 'Yemen Arab Republic', ['North Yemen'], 'Asia', 'Western Asia', 'Merged into YEM in 1990.'),
  entity('YMD', null, 720, "People's Democratic Republic of Yemen", ['South Yemen'], 'Asia', 'Western Asia', 'Merged into YEM in 1990.'),
  entity('BLX', null, 58, 'Belgium-Luxembourg', ['Belgium-Luxembourg Economic Union'], 'Europe', 'Western Europe', 'Reported jointly until 1998.'),
  entity('ANT', 'AN', 530, 'Netherlands Antilles', [], 'Americas', 'Latin America and the Caribbean', 'Dissolved in 2010 into CUW, SXM and BES.', 'Caribbean'),
  {
    iso3: 'XKX',
    iso2: 'XK',
    m49: null,
    name: 'Kosovo',
    altNames: [],
    region: 'Europe',
    subregion: 'Southern Europe',
    intermediateRegion: null,
    historical: false,
    note: 'Not in ISO 3166-1 or M49; XKX/XK are the user-assigned codes used by the IMF, the EU and others.',
  },
];

function entity(
  iso3: string,
  iso2: string | null,
  m49: number,
  name: string,
  altNames: string[],
  region: string,
  subregion: string,
  note: string,
  intermediateRegion: string | null = null,
): CountryRow {
  return { iso3, iso2, m49, name, altNames, region, subregion, intermediateRegion, historical: true, note };
}

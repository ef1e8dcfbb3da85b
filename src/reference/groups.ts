export type GroupDefinition = {
  id: string;
  name: string;
  kind: 'geographic' | 'economic-union' | 'customs-union' | 'political-union';
  description: string;
  url: string | null;
  /** Inclusive years; null = no bound. */
  members: { iso3: string; fromYear: number | null; toYear: number | null }[];
};

const always = (codes: string) => codes.split(' ').map((iso3) => ({ iso3, fromYear: null, toYear: null }));
const since = (fromYear: number, codes: string) => codes.split(' ').map((iso3) => ({ iso3, fromYear, toYear: null }));

/** Country groups with their membership over time; aggregates take the members of each year. */
export const GROUPS: GroupDefinition[] = [
  {
    id: 'central-asia',
    name: 'Central Asia',
    kind: 'geographic',
    description: 'The five Central Asian states (UN M49 sub-region 143), also the "C5" of the C5+ dialogue formats.',
    url: 'https://unstats.un.org/unsd/methodology/m49/',
    members: always('KAZ KGZ TJK TKM UZB'),
  },
  {
    id: 'eu',
    name: 'European Union',
    kind: 'political-union',
    description:
      'Members of the European Union (the European Economic Community before 1993) in each year. ' +
      'The United Kingdom counts through 2020: it left on 31 January 2020 but stayed in the single market and customs union until 31 December 2020.',
    url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
    members: [
      ...since(1958, 'BEL DEU FRA ITA LUX NLD'),
      ...since(1973, 'DNK IRL'),
      { iso3: 'GBR', fromYear: 1973, toYear: 2020 },
      ...since(1981, 'GRC'),
      ...since(1986, 'ESP PRT'),
      ...since(1995, 'AUT FIN SWE'),
      ...since(2004, 'CYP CZE EST HUN LTU LVA MLT POL SVK SVN'),
      ...since(2007, 'BGR ROU'),
      ...since(2013, 'HRV'),
    ],
  },
  {
    id: 'gcc',
    name: 'Gulf Cooperation Council',
    kind: 'customs-union',
    description: 'The Cooperation Council for the Arab States of the Gulf, founded in 1981.',
    url: 'https://www.gcc-sg.org/',
    members: since(1981, 'ARE BHR KWT OMN QAT SAU'),
  },
  {
    id: 'eaeu',
    name: 'Eurasian Economic Union',
    kind: 'economic-union',
    description:
      'The Eurasian Economic Union, in force from 1 January 2015 (Belarus, Kazakhstan, Russia); Armenia joined on 2 January 2015 and Kyrgyzstan on 12 August 2015.',
    url: 'https://eec.eaeunion.org/en/',
    members: since(2015, 'ARM BLR KAZ KGZ RUS'),
  },
];

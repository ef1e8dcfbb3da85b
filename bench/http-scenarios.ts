/** What `npm run bench -- http` asks: for each scenario, requests spread over many pairs, countries or groups. */

// Pairs that trade in every year of the IMF file, from small (KAZ/UZB) to the largest flows.
const PAIRS = [
  ['KAZ', 'UZB'],
  ['KAZ', 'RUS'],
  ['USA', 'CHN'],
  ['DEU', 'FRA'],
  ['JPN', 'KOR'],
  ['GBR', 'USA'],
  ['IND', 'CHN'],
  ['BRA', 'ARG'],
  ['CAN', 'MEX'],
  ['TUR', 'DEU'],
  ['ITA', 'ESP'],
  ['AUS', 'JPN'],
  ['NLD', 'BEL'],
  ['POL', 'CZE'],
  ['ZAF', 'NGA'],
] as const;

const COUNTRIES = [...new Set(PAIRS.flat())];

export type Scenario = { name: string; paths: string[] };

export const SCENARIOS: Scenario[] = [
  { name: 'bilateral', paths: PAIRS.map(([a, b]) => `/v1/bilateral/${a}/${b}?from=2010&to=2020`) },
  { name: 'growth', paths: PAIRS.map(([a, b]) => `/v1/bilateral/${a}/${b}/growth?from=2010&to=2020`) },
  { name: 'mirror', paths: PAIRS.map(([a, b]) => `/v1/bilateral/${a}/${b}/mirror?from=2010&to=2020`) },
  // Each country's top 20 partners of 2020, with shares of all its partners (~200 for the large ones).
  { name: 'partners', paths: COUNTRIES.map((c) => `/v1/countries/${c}/partners?year=2020`) },
  // Every group, in three years: from 5 members (Central Asia) to 27-28 (the EU).
  { name: 'group trade', paths: ['central-asia', 'eaeu', 'eu', 'gcc'].flatMap((g) => [2015, 2018, 2020].map((y) => `/v1/groups/${g}/trade?year=${y}`)) },
  // Both directions of each pair, at the default limit (one page).
  { name: 'flows', paths: PAIRS.flatMap(([a, b]) => [`/v1/flows?reporter=${a}&partner=${b}`, `/v1/flows?reporter=${b}&partner=${a}`]) },
  { name: 'one country', paths: COUNTRIES.map((c) => `/v1/countries/${c}`) },
];

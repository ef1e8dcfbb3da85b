/**
 * A deterministic synthetic trade-flow file (issue 9, "Datasets"): every ISO country the app knows
 * (the reference data, about 250) against every other, 25 years, exports and imports each reported
 * by its own side, so mirror statistics and group aggregates (EU, Central Asia, ...) have data: about
 * 250 × 249 × 25 × 2 = 3.1M possible rows, 2.9-3.0M after the gaps. The `canonical` import format.
 *
 *   npx tsx bench/synthetic.ts --out /tmp/synthetic.csv.gz             # the full file (~3M rows)
 *   npx tsx bench/synthetic.ts --out - --countries 40 --from 2016      # small: 40 countries, 2016-2024
 *   npx tsx bench/synthetic.ts --out /tmp/s.csv --scale 0.1            # about a tenth of the rows
 *
 * Every figure is a hash of (seed, countries, year, what): no Math.random, no state carried from row
 * to row, so the same options give the same bytes, and a pair's figures do not depend on which other
 * countries or years are asked for (a small file is a subset of the full one). Rows stream out in
 * the key order (reporter, partner, year, flow); nothing is held in memory but the country table.
 *
 * The model (plausible shapes, not real data):
 * - Size: a GDP-like figure per country in 2020 (the largest economies by a rough 2020 figure, the
 *   rest log-normal), each growing at its own 1-7% a year.
 * - Trade exporter→importer = K × size_e^0.75 × size_i^0.7 × affinity × shock(year) × yearly noise.
 *   Affinity is log-normal (a pair-wide part shared by both directions and a directional part), ×3
 *   within a UN sub-region and ×1.5 within a region (a stand-in for distance). K makes world exports
 *   in 2020 about $17.5 trillion. Shocks: 2009 (×0.78), 2015-16 (×0.88), 2020 (×0.92).
 * - Reports: the exporter's export figure (noise ±2%), the importer's import figure (CIF: ×1.06,
 *   noise ±8%, and 3% of them far off, ×0.5-2), so the two sides disagree as real mirror data does.
 * - Gaps, more often for small countries: pairs that do not trade at all (one direction), reporters
 *   that report nothing in a year (the partner's mirror is then the only figure), single missing
 *   reports; small reporters' figures are more often flagged estimated.
 */
import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { buildCountryRows, type CountryRow } from '../src/reference/countries.js';
import { GROUPS } from '../src/reference/groups.js';
import { finish, mix } from './counter-hash.js';

export type SyntheticOptions = {
  /** Any integer: another seed, other figures of the same shape. */
  seed: number;
  /** How many countries (default: all): the groups' members first, then the largest. */
  countries: number;
  from: number;
  to: number;
};

export const SYNTHETIC_DEFAULTS: SyntheticOptions = { seed: 9, countries: Infinity, from: 2000, to: 2024 };

export const SYNTHETIC_COLUMNS = 'reporter,partner,year,flow,value_usd,estimated';

// Rough 2020 GDPs (US$ bn) of the largest economies, so the biggest pairs are the familiar ones;
// every other country's size is drawn from a log-normal below these.
const LARGE_ECONOMIES: Record<string, number> = {
  USA: 21000,
  CHN: 14700,
  JPN: 5000,
  DEU: 3850,
  GBR: 2700,
  IND: 2670,
  FRA: 2630,
  ITA: 1890,
  CAN: 1650,
  KOR: 1640,
  RUS: 1490,
  BRA: 1450,
  AUS: 1330,
  ESP: 1280,
  MEX: 1090,
  IDN: 1060,
  NLD: 910,
  CHE: 750,
  TUR: 720,
  SAU: 700,
};
const WORLD_EXPORTS_2020 = 17.5e12;
const BASE_YEAR = 2020;
const SHOCKS: Record<number, number> = { 2009: 0.78, 2015: 0.88, 2016: 0.88, 2020: 0.92 };

// What a hash is for (its last key): each use draws independent numbers.
const Salt = {
  Size: 1,
  Growth: 2,
  PairAffinity: 3,
  DirectedAffinity: 4,
  YearNoise: 5,
  NoTrade: 6,
  ReporterYear: 7,
  MissingExport: 8,
  MissingImport: 9,
  ExportNoise: 10,
  ImportNoise: 11,
  ImportOutlier: 12,
  OutlierSize: 13,
  Estimated: 14,
} as const;
type Salt = (typeof Salt)[keyof typeof Salt];

/** Uniform in (0, 1), a pure function of the seed and the keys. */
function uniform(seed: number, a: number, b: number, c: number, salt: Salt): number {
  return (finish(mix(mix(mix(mix(seed, a), b), c), salt)) + 0.5) / 2 ** 32;
}

/** Standard normal (Box-Muller over two uniforms of the same keys). */
function normal(seed: number, a: number, b: number, c: number, salt: Salt): number {
  const u = uniform(seed, a, b, c, salt);
  const v = uniform(seed, a, b, c + 0x10000, salt);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

type Country = {
  iso3: string;
  /** The code as a number (base 26): what the hashes take. */
  key: number;
  size2020: number;
  growth: number;
  /** 0 for the largest country, 1 for the smallest: gaps and estimates are more frequent the smaller. */
  smallness: number;
  region: string | null;
  subregion: string | null;
};

const codeKey = (iso3: string) => (iso3.charCodeAt(0) - 65) * 676 + (iso3.charCodeAt(1) - 65) * 26 + (iso3.charCodeAt(2) - 65);

/** Every current country of the reference data with its drawn size and growth, by code. */
function countryTable(seed: number): Country[] {
  const rows = buildCountryRows().filter((c: CountryRow) => !c.historical);
  const table = rows.map((c) => {
    const key = codeKey(c.iso3);
    // Median $25bn, most between $2bn and $300bn, below the named large economies.
    const drawn = Math.min(600, 25 * Math.exp(1.5 * normal(seed, key, 0, 0, Salt.Size)));
    return {
      iso3: c.iso3,
      key,
      size2020: LARGE_ECONOMIES[c.iso3] ?? drawn,
      growth: 0.01 + 0.06 * uniform(seed, key, 0, 0, Salt.Growth),
      smallness: 0,
      region: c.region,
      subregion: c.subregion,
    };
  });
  const bySize = [...table].sort((a, b) => b.size2020 - a.size2020 || a.iso3.localeCompare(b.iso3));
  bySize.forEach((c, rank) => (c.smallness = rank / Math.max(1, bySize.length - 1)));
  return table.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

const sizeIn = (c: Country, year: number) => c.size2020 * Math.exp(c.growth * (year - BASE_YEAR));

function affinity(seed: number, e: Country, i: Country): number {
  const [lo, hi] = e.key < i.key ? [e, i] : [i, e];
  const pairWide = 0.9 * normal(seed, lo.key, hi.key, 0, Salt.PairAffinity);
  const directed = 0.4 * normal(seed, e.key, i.key, 0, Salt.DirectedAffinity);
  // Mean-one log-normal (−σ²/2), then the neighbourhood.
  let a = Math.exp(pairWide + directed - (0.9 ** 2 + 0.4 ** 2) / 2);
  if (e.subregion !== null && e.subregion === i.subregion) a *= 2.5;
  if (e.region !== null && e.region === i.region) a *= 1.5;
  return a;
}

/** The generator's parameters for a set of options: the countries asked for and the scale factor K. */
function model(options: SyntheticOptions) {
  const { seed } = options;
  const all = countryTable(seed);
  // K from every country (not only those asked for): a pair's figures are the same in any subset.
  let mass = 0;
  for (const e of all) for (const i of all) if (e !== i) mass += sizeIn(e, BASE_YEAR) ** 0.75 * sizeIn(i, BASE_YEAR) ** 0.7 * affinity(seed, e, i);
  const k = WORLD_EXPORTS_2020 / SHOCKS[BASE_YEAR]! / mass;
  const members = new Set(GROUPS.flatMap((g) => g.members.map((m) => m.iso3)));
  const chosen = [...all]
    .sort((a, b) => Number(members.has(b.iso3)) - Number(members.has(a.iso3)) || a.smallness - b.smallness)
    .slice(0, options.countries)
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
  return { seed, k, countries: chosen };
}

type Model = ReturnType<typeof model>;

const trades = (m: Model, e: Country, i: Country) => uniform(m.seed, e.key, i.key, 0, Salt.NoTrade) >= 0.12 * e.smallness * i.smallness;
const reportsYear = (m: Model, c: Country, year: number) => uniform(m.seed, c.key, year, 0, Salt.ReporterYear) >= 0.05 * c.smallness;

/** Exports e→i in `year` as they happened (before either side's reporting), in US dollars. */
function tradeValue(m: Model, e: Country, i: Country, year: number): number {
  const noise = Math.exp(0.1 * normal(m.seed, e.key, i.key, year, Salt.YearNoise) - 0.005);
  return m.k * sizeIn(e, year) ** 0.75 * sizeIn(i, year) ** 0.7 * affinity(m.seed, e, i) * (SHOCKS[year] ?? 1) * noise;
}

const dollars = (v: number) => String(Math.max(1, Math.round(v)));

/** The CSV, header first, in chunks of one reporter's lines (~12,000 lines, ~500 KB). `counter.rows` counts the data rows. */
export function* syntheticChunks(options: Partial<SyntheticOptions> = {}, counter = { rows: 0 }): Generator<string> {
  const opts = { ...SYNTHETIC_DEFAULTS, ...options };
  if (!Number.isInteger(opts.from) || !Number.isInteger(opts.to) || opts.from > opts.to) throw new Error(`bad year range ${opts.from}-${opts.to}`);
  const m = model(opts);
  const s = m.seed;
  yield `${SYNTHETIC_COLUMNS}\n`;
  for (const r of m.countries) {
    const lines: string[] = [];
    for (const p of m.countries) {
      if (p === r) continue;
      const exportsTo = trades(m, r, p);
      const importsFrom = trades(m, p, r);
      if (!exportsTo && !importsFrom) continue;
      for (let year = opts.from; year <= opts.to; year++) {
        if (!reportsYear(m, r, year)) continue;
        const estimated = uniform(s, r.key, p.key, year, Salt.Estimated) < 0.08 * r.smallness ? 'true' : 'false';
        if (exportsTo && uniform(s, r.key, p.key, year, Salt.MissingExport) >= 0.005) {
          const value = tradeValue(m, r, p, year) * Math.exp(0.02 * normal(s, r.key, p.key, year, Salt.ExportNoise));
          lines.push(`${r.iso3},${p.iso3},${year},export,${dollars(value)},${estimated}`);
        }
        if (importsFrom && uniform(s, r.key, p.key, year, Salt.MissingImport) >= 0.005) {
          let value = tradeValue(m, p, r, year) * 1.06 * Math.exp(0.08 * normal(s, r.key, p.key, year, Salt.ImportNoise));
          if (uniform(s, r.key, p.key, year, Salt.ImportOutlier) < 0.03) value *= 2 ** (2 * uniform(s, r.key, p.key, year, Salt.OutlierSize) - 1);
          lines.push(`${r.iso3},${p.iso3},${year},import,${dollars(value)},${estimated}`);
        }
      }
    }
    counter.rows += lines.length;
    if (lines.length > 0) yield lines.join('\n') + '\n';
  }
}

/** The CSV as a stream (plain text; `gzip` compresses it). */
export function syntheticStream(options: Partial<SyntheticOptions> = {}, counter = { rows: 0 }): Readable {
  return Readable.from(syntheticChunks(options, counter), { objectMode: false });
}

/** Writes the file (gzip when `gzip`), returning the number of data rows. */
export async function writeSynthetic(out: Writable, options: Partial<SyntheticOptions> & { gzip?: boolean } = {}): Promise<number> {
  const counter = { rows: 0 };
  const source = syntheticStream(options, counter);
  // level 1: most of gzip's saving on this text at a fraction of the default level's CPU.
  await (options.gzip ? pipeline(source, createGzip({ level: 1 }), out) : pipeline(source, out));
  return counter.rows;
}

/** `--scale s`: about s of the full file's rows, by keeping about √s of the countries. */
export function countriesForScale(scale: number): number {
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale takes a number in (0, 1], not ${scale}`);
  const all = buildCountryRows().filter((c) => !c.historical).length;
  return Math.max(2, Math.round(all * Math.sqrt(scale)));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      countries: { type: 'string' },
      scale: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      gzip: { type: 'boolean' },
    },
  });
  if (values.out === undefined) {
    console.error(
      'usage: npx tsx bench/synthetic.ts --out FILE|- [--scale 0.1 | --countries N] [--from 2000] [--to 2024] [--seed 9] [--gzip]\n' +
        '  a FILE ending in .gz is gzipped; the full file is 2.9M rows (~100 MB, ~26 MB gzipped)',
    );
    process.exit(2);
  }
  const int = (text: string | undefined, fallback: number) => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n)) throw new Error(`not an integer: ${text}`);
    return n;
  };
  const options: SyntheticOptions = {
    seed: int(values.seed, SYNTHETIC_DEFAULTS.seed),
    countries: values.scale !== undefined ? countriesForScale(Number(values.scale)) : int(values.countries, SYNTHETIC_DEFAULTS.countries),
    from: int(values.from, SYNTHETIC_DEFAULTS.from),
    to: int(values.to, SYNTHETIC_DEFAULTS.to),
  };
  const toStdout = values.out === '-';
  const gzip = values.gzip ?? (!toStdout && values.out.endsWith('.gz'));
  const started = performance.now();
  const rows = await writeSynthetic(toStdout ? process.stdout : createWriteStream(values.out), { ...options, gzip });
  const seconds = (performance.now() - started) / 1000;
  console.error(`${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s${toStdout ? '' : ` to ${values.out}`}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

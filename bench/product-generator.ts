/**
 * Product-level trade made to measure (issue 11, "Scale"): under each reported total (a reporter's
 * exports to or imports from a partner in a year), a deterministic split into HS chapters and, in
 * each chapter, headings, so that the chapters sum to the total and the headings to their chapter,
 * to the cent. Which chapters a pair trades stays the same from year to year (so a chapter's growth
 * means something) and is the same in both sides' reports; the shares vary by year. Each heading has a price per kg, so rows carry a net weight.
 * Output: the canonical CSV (docs/ingest.md) with commodity and net_weight_kg, for tests and benchmarks.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PassThrough, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { finish, mix } from './counter-hash.js';

export type ProductOptions = {
  seed: number;
  /** Chapters under each total (fewer where the nomenclature has fewer). */
  chapters: number;
  /** Headings under each chapter (fewer where the chapter has fewer). */
  headings: number;
};

export const PRODUCT_DEFAULTS: ProductOptions = { seed: 11, chapters: 10, headings: 2 };

export const PRODUCT_COLUMNS = 'reporter,partner,year,flow,commodity,value_usd,estimated,net_weight_kg';

/** A reported total: the value in cents (exact below 2^53, 90 trillion dollars). */
export type ReportedTotal = { reporter: string; partner: string; year: number; flow: 'export' | 'import'; cents: number; estimated: boolean };

/** Chapters (2 digits) with their headings (4 digits), from the nomenclature. */
export type HeadingTree = Map<string, string[]>;

const textKey = (text: string) => [...text].reduce((h, ch) => mix(h, ch.charCodeAt(0)), 0x9747b28c);
/** Uniform in (0, 1), a pure function of the seed and the keys. */
const uniform = (seed: number, ...keys: number[]) => (finish(keys.reduce(mix, seed)) + 0.5) / 2 ** 32;

/** `count` of `codes`, the same ones for the same key: the first by a hash of key and code. */
function pick(seed: number, key: number, codes: string[], count: number): string[] {
  return codes
    .map((code) => ({ code, rank: uniform(seed, key, textKey(code)) }))
    .sort((x, y) => x.rank - y.rank)
    .slice(0, Math.min(count, codes.length))
    .map((x) => x.code)
    .sort();
}

/** `cents` split into parts by exponential weights (a flat Dirichlet), summing to it exactly. */
function split(cents: number, seed: number, key: number, year: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, (_, i) => -Math.log(uniform(seed, key, year, i + 1)));
  const sum = weights.reduce((s, w) => s + w, 0);
  const shares = weights.map((w) => Math.floor((cents * w) / sum));
  let left = cents - shares.reduce((s, c) => s + c, 0);
  for (let i = 0; left > 0; i = (i + 1) % parts, left--) shares[i]! += 1;
  return shares;
}

const dollars = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** US$ per kg of a heading: log-uniform between 0.10 and 50. */
const pricePerKg = (seed: number, heading: string) => 0.1 * 500 ** uniform(seed, textKey(heading), 0x5eed);

/** The product lines (canonical CSV, no header) under one reported total: chapters, then each chapter's headings. */
export function productLines(total: ReportedTotal, tree: HeadingTree, options: ProductOptions = PRODUCT_DEFAULTS): string[] {
  const { seed } = options;
  // Keyed by the direction of the goods (exporter, importer): both sides' reports of the same trade
  // (a's exports to b, b's imports from a) split into the same goods, as a mirror should.
  const [exporter, importer] = total.flow === 'export' ? [total.reporter, total.partner] : [total.partner, total.reporter];
  const pairKey = mix(textKey(exporter), textKey(importer));
  const chapters = pick(seed, pairKey, [...tree.keys()], options.chapters);
  const lines: string[] = [];
  const head = `${total.reporter},${total.partner},${total.year},${total.flow}`;
  const estimated = total.estimated ? 'true' : 'false';
  split(total.cents, seed, pairKey, total.year, chapters.length).forEach((chapterCents, c) => {
    const chapter = chapters[c]!;
    const headings = pick(seed, mix(pairKey, textKey(chapter)), tree.get(chapter)!, options.headings);
    const parts = split(chapterCents, seed, mix(pairKey, textKey(chapter)), total.year, headings.length);
    let kg = 0;
    const headingLines = headings.map((heading, h) => {
      const weight = Math.round((parts[h]! / 100 / pricePerKg(seed, heading)) * 1000) / 1000;
      kg += weight;
      return `${head},${heading},${dollars(parts[h]!)},${estimated},${weight.toFixed(3)}`;
    });
    lines.push(`${head},${chapter},${dollars(chapterCents)},${estimated},${kg.toFixed(3)}`, ...headingLines);
  });
  return lines;
}

/** Chapters and headings from a nomenclature file in the HS data package layout (section,hscode,description,parent,level). */
export async function headingTree(file: URL): Promise<HeadingTree> {
  const tree: HeadingTree = new Map();
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    // Codes come before the description, which may hold commas: the code is the second field.
    const code = line.split(',')[1] ?? '';
    if (/^\d{2}$/.test(code) && !tree.has(code)) tree.set(code, []);
    if (/^\d{4}$/.test(code)) (tree.get(code.slice(0, 2)) ?? tree.set(code.slice(0, 2), []).get(code.slice(0, 2))!).push(code);
  }
  for (const [chapter, headings] of tree) if (headings.length === 0) tree.delete(chapter);
  return tree;
}

/**
 * The reported totals of an IMF DOTS file (plain or gzip): exports and imports per line, US$
 * millions with up to 6 decimals, so exactly a whole number of cents.
 */
export async function* dotsTotals(file: URL): AsyncGenerator<ReportedTotal> {
  const input = createReadStream(file).pipe(file.pathname.endsWith('.gz') ? createGunzip() : new PassThrough());
  let header: string[] | null = null;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const f = line.split(',');
    if (header === null) {
      header = f;
      continue;
    }
    const at = (name: string) => f[header!.indexOf(name)] ?? '';
    for (const [flow, value, flag] of [
      ['export', 'exports_fob_usd_mn', 'exports_estimated'],
      ['import', 'imports_cif_usd_mn', 'imports_estimated'],
    ] as const) {
      const text = at(value).trim();
      if (text === '') continue;
      const [whole = '0', fraction = ''] = text.split('.');
      const cents = Number(whole) * 1e8 + Number(fraction.padEnd(6, '0').slice(0, 6)) * 100;
      if (cents > 0) yield { reporter: at('reporter_iso3'), partner: at('partner_iso3'), year: Number(at('year')), flow, cents, estimated: at(flag) === '1' };
    }
  }
}

/** The canonical CSV (header first) of the products under every total of `totals`, as a stream, in chunks. */
export function productStream(totals: AsyncIterable<ReportedTotal>, tree: HeadingTree, options: ProductOptions = PRODUCT_DEFAULTS, counter = { rows: 0 }) {
  return Readable.from(
    (async function* () {
      yield `${PRODUCT_COLUMNS}\n`;
      let chunk: string[] = [];
      for await (const total of totals) {
        const lines = productLines(total, tree, options);
        counter.rows += lines.length;
        chunk.push(...lines);
        if (chunk.length >= 5000) {
          yield `${chunk.join('\n')}\n`;
          chunk = [];
        }
      }
      if (chunk.length > 0) yield `${chunk.join('\n')}\n`;
    })(),
  );
}

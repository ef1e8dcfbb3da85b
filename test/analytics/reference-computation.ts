import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * An independent reading of an IMF DOTS CSV, for checking the API: plain string splitting and
 * arithmetic straight from the definitions, sharing no code with src/.
 */
export class DotsFile {
  /** `${reporter}|${partner}|${year}` → [exports US$, imports US$] (undefined where the cell is empty). */
  private readonly cells = new Map<string, [number | undefined, number | undefined]>();

  constructor(path: URL) {
    const raw = readFileSync(path);
    const text = path.pathname.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    for (const line of text.split('\n').slice(1)) {
      const [reporter, partner, year, x, m] = line.split(',');
      if (!reporter || !partner || !year) continue;
      const usd = (v: string | undefined) => (v ? Number(v) * 1e6 : undefined);
      this.cells.set(`${reporter}|${partner}|${year}`, [usd(x), usd(m)]);
    }
  }

  /** a's exports to b: a's report, else b's imports from a. */
  exports(a: string, b: string, year: number): number | undefined {
    return this.cells.get(`${a}|${b}|${year}`)?.[0] ?? this.cells.get(`${b}|${a}|${year}`)?.[1];
  }

  imports(a: string, b: string, year: number): number | undefined {
    return this.cells.get(`${a}|${b}|${year}`)?.[1] ?? this.cells.get(`${b}|${a}|${year}`)?.[0];
  }

  reported(a: string, b: string, year: number, flow: 'export' | 'import'): number | undefined {
    return this.cells.get(`${a}|${b}|${year}`)?.[flow === 'export' ? 0 : 1];
  }

  total(a: string, b: string, year: number): number | undefined {
    const x = this.exports(a, b, year);
    const m = this.imports(a, b, year);
    return x === undefined || m === undefined ? undefined : x + m;
  }

  /** Everyone a traded with in a year, by either side's report. */
  partnersOf(a: string, year: number): string[] {
    const found = new Set<string>();
    for (const key of this.cells.keys()) {
      const [r, p, y] = key.split('|');
      if (Number(y) !== year) continue;
      if (r === a) found.add(p!);
      if (p === a) found.add(r!);
    }
    found.delete(a);
    return [...found];
  }
}

export const close = (actual: number | null | undefined, expected: number | null | undefined) => {
  if (actual === null || actual === undefined || expected === null || expected === undefined)
    return actual === expected || (actual == null && expected == null);
  if (expected === 0) return Math.abs(actual) < 1e-9;
  return Math.abs(actual - expected) / Math.abs(expected) <= 1e-9;
};

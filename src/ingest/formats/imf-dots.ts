import { flag, type FormatParser, type StagedRow } from '../staged-row.js';

/**
 * IMF Direction of Trade Statistics, one line per reporter, partner and year with both directions:
 * reporter_iso3,partner_iso3,year,exports_fob_usd_mn,imports_cif_usd_mn,exports_estimated,imports_estimated
 * Values are US$ millions; an empty cell means "not reported" (no row), never zero.
 */
export const imfDots: FormatParser = {
  requiredColumns: ['reporter_iso3', 'partner_iso3', 'year', 'exports_fob_usd_mn', 'imports_cif_usd_mn'],
  toRows(r, line) {
    const rows: StagedRow[] = [];
    const side = (flow: 'export' | 'import', value: string | undefined, estimated: string | undefined) => {
      if (value === undefined || value.trim() === '') return;
      rows.push({ line, reporter: r.reporter_iso3 ?? '', partner: r.partner_iso3 ?? '', year: r.year ?? '', flow, commodity: 'TOTAL', value, scale: 6, estimated: flag(estimated) });
    };
    side('export', r.exports_fob_usd_mn, r.exports_estimated);
    side('import', r.imports_cif_usd_mn, r.imports_estimated);
    return rows;
  },
};

import { ALL_GOODS } from '../../domain.js';
import { flag, type FormatParser, type StagedRow } from './contract.js';

/**
 * IMF Direction of Trade Statistics, one line per reporter, partner and year with both directions:
 * reporter_iso3,partner_iso3,year,exports_fob_usd_mn,imports_cif_usd_mn,exports_estimated,imports_estimated
 * Values are US$ millions; an empty cell means "not reported" (no row), never zero.
 */
export const imfDots: FormatParser = {
  requiredColumns: ['reporter_iso3', 'partner_iso3', 'year', 'exports_fob_usd_mn', 'imports_cif_usd_mn'],
  bind(column) {
    const [reporter, partner, year, exportsValue, importsValue, exportsEstimated, importsEstimated] = [
      'reporter_iso3',
      'partner_iso3',
      'year',
      'exports_fob_usd_mn',
      'imports_cif_usd_mn',
      'exports_estimated',
      'imports_estimated',
    ].map(column);
    return (f, line) => {
      const rows: StagedRow[] = [];
      for (const [flow, value, estimated] of [
        ['export', exportsValue!, exportsEstimated!],
        ['import', importsValue!, importsEstimated!],
      ] as const) {
        const cell = f[value];
        if (cell === undefined || cell.trim() === '') continue;
        rows.push({
          line,
          reporter: f[reporter!] ?? '',
          partner: f[partner!] ?? '',
          year: f[year!] ?? '',
          flow,
          commodity: ALL_GOODS,
          value: cell,
          scale: 6,
          estimated: flag(f[estimated]),
        });
      }
      return rows;
    };
  },
};

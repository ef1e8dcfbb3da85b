import { ALL_GOODS, WORLD } from '../../domain.js';
import { flag, type FormatParser, type StagedRow } from './contract.js';

const VALUE_COLUMNS = ['year', 'exports_fob_usd_mn', 'imports_cif_usd_mn'];

/** The DOTS layout, its partner from a column or, for reported World totals (no partner column), the World. */
function dotsLayout(partnerColumn: string | null): FormatParser {
  return {
    requiredColumns: ['reporter_iso3', ...(partnerColumn === null ? [] : [partnerColumn]), ...VALUE_COLUMNS],
    bind(column) {
      const [reporter, year, exportsValue, importsValue, exportsEstimated, importsEstimated] = [
        'reporter_iso3',
        ...VALUE_COLUMNS,
        'exports_estimated',
        'imports_estimated',
      ].map(column);
      const partner = partnerColumn === null ? -1 : column(partnerColumn);
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
            partner: partnerColumn === null ? WORLD : (f[partner] ?? ''),
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
}

/**
 * IMF Direction of Trade Statistics, one line per reporter, partner and year with both directions:
 * reporter_iso3,partner_iso3,year,exports_fob_usd_mn,imports_cif_usd_mn,exports_estimated,imports_estimated
 * Values are US$ millions; an empty cell means "not reported" (no row), never zero.
 */
export const imfDots = dotsLayout('partner_iso3');

/**
 * IMF DOTS reported World totals, one line per reporter and year (the same columns without
 * partner_iso3): each reporter's own total with the whole world, stored with partner WLD.
 */
export const imfDotsWorld = dotsLayout(null);

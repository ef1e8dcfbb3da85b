import { flag, type FormatParser } from './contract.js';

const FLOWS: Record<string, string> = { X: 'export', M: 'import', RX: 're-export', RM: 're-import' };

/**
 * Comtrade's own numeric codes where they differ from ISO 3166 numeric (their reporterISO column,
 * when present, is used first).
 */
const COMTRADE_CODES: Record<string, string> = { '842': 'USA', '251': 'FRA', '699': 'IND', '757': 'CHE', '579': 'NOR', '490': 'TWN', '58': 'BLX' };

const WORLD = new Set(['0', 'W00']);
const ALL = new Set(['', '0', 'C00', '_T', 'TOTAL']);

function countryCode(iso: string | undefined, numeric: string | undefined): string {
  return COMTRADE_CODES[String(Number(numeric))] ?? (iso?.trim() || numeric?.trim() || '');
}

/**
 * UN Comtrade CSV as the data API and bulk files give it (refYear, reporterCode/reporterISO, flowCode,
 * partnerCode/partnerISO, cmdCode at any HS level or TOTAL, primaryValue in US dollars, and where
 * present netWgt in kg and qty in qtyUnitAbbr). Kept out, as they are not bilateral
 * totals: partner World (0), and breakdowns by second partner, customs procedure or transport mode.
 */
export const comtrade: FormatParser = {
  requiredColumns: ['reporterCode', 'partnerCode', 'flowCode', 'cmdCode', 'primaryValue'],
  bind(column) {
    const c = Object.fromEntries(
      [
        'refYear',
        'period',
        'reporterCode',
        'reporterISO',
        'partnerCode',
        'partnerISO',
        'partner2Code',
        'customsCode',
        'motCode',
        'flowCode',
        'cmdCode',
        'primaryValue',
        'isReported',
        'legacyEstimationFlag',
        'netWgt',
        'qty',
        'qtyUnitAbbr',
      ].map((n) => [n, column(n)]),
    ) as Record<string, number>;
    return (f, line) => {
      const field = (name: string) => (f[c[name]!] ?? '').trim();
      if (WORLD.has(field('partnerCode')) || WORLD.has(field('partnerISO'))) return [];
      if (!ALL.has(field('partner2Code')) || !ALL.has(field('customsCode')) || !ALL.has(field('motCode'))) return [];
      const flowCode = field('flowCode').toUpperCase();
      const legacyEstimate = field('legacyEstimationFlag');
      // Comtrade writes "N/A" (unit code -1) where a product has no supplementary quantity.
      const unit = field('qtyUnitAbbr');
      const hasQuantity = unit !== '' && unit.toUpperCase() !== 'N/A';
      return [
        {
          line,
          reporter: countryCode(field('reporterISO'), field('reporterCode')),
          partner: countryCode(field('partnerISO'), field('partnerCode')),
          year: field('refYear') || field('period'),
          flow: FLOWS[flowCode] ?? flowCode,
          commodity: field('cmdCode'),
          value: field('primaryValue'),
          scale: 0,
          netWeightKg: field('netWgt'),
          quantity: hasQuantity ? field('qty') : '',
          quantityUnit: hasQuantity ? unit : '',
          // Comtrade marks figures it did not receive as reported (isReported false) or estimated by the legacy flag.
          estimated: flag(field('isReported'), 'true') === 'false' || (legacyEstimate !== '' && legacyEstimate !== '0') ? 'true' : 'false',
        },
      ];
    };
  },
};

import { flag, type FormatParser } from '../staged-row.js';

const FLOWS: Record<string, string> = { X: 'export', M: 'import', RX: 're-export', RM: 're-import' };

/**
 * Comtrade's own numeric codes where they differ from ISO 3166 numeric (their reporterISO column,
 * when present, is used first).
 */
const COMTRADE_CODES: Record<string, string> = { '842': 'USA', '251': 'FRA', '699': 'IND', '757': 'CHE', '579': 'NOR', '490': 'TWN', '58': 'BLX' };

const WORLD = new Set(['0', 'W00']);
const ALL = new Set(['', '0', 'C00', '_T', 'TOTAL']);

/**
 * UN Comtrade CSV as the data API and bulk files give it (refYear, reporterCode/reporterISO, flowCode,
 * partnerCode/partnerISO, cmdCode, primaryValue in US dollars). Kept out, as they are not bilateral
 * totals: partner World (0), and breakdowns by second partner, customs procedure or transport mode.
 */
export const comtrade: FormatParser = {
  requiredColumns: ['reporterCode', 'partnerCode', 'flowCode', 'cmdCode', 'primaryValue'],
  toRows(r, line) {
    if (WORLD.has((r.partnerCode ?? '').trim()) || WORLD.has((r.partnerISO ?? '').trim())) return [];
    if (!ALL.has((r.partner2Code ?? '').trim()) || !ALL.has((r.customsCode ?? '').trim()) || !ALL.has((r.motCode ?? '').trim())) return [];
    const code = (iso: string | undefined, numeric: string | undefined) => {
      const n = String(Number(numeric));
      return COMTRADE_CODES[n] ?? (iso?.trim() || numeric?.trim() || '');
    };
    const flowCode = (r.flowCode ?? '').trim().toUpperCase();
    const legacyEstimate = (r.legacyEstimationFlag ?? '').trim();
    return [
      {
        line,
        reporter: code(r.reporterISO, r.reporterCode),
        partner: code(r.partnerISO, r.partnerCode),
        year: (r.refYear || r.period || '').trim(),
        flow: FLOWS[flowCode] ?? flowCode,
        commodity: (r.cmdCode ?? '').trim(),
        value: r.primaryValue ?? '',
        scale: 0,
        // Comtrade marks figures it did not receive as reported (isReported false) or estimated by the legacy flag.
        estimated: flag(r.isReported) === 'false' || (legacyEstimate !== '' && legacyEstimate !== '0') ? 'true' : 'false',
      },
    ];
  },
};

import type { FormatParser } from '../staged-row.js';

/** IMF IMTS indicators (goods, US dollars) and the flow each one reports. */
const INDICATORS: Record<string, string> = {
  XG_FOB_USD: 'export',
  MG_CIF_USD: 'import',
  MG_FOB_USD: 'import',
  TXG_FOB_USD: 'export',
  TMG_CIF_USD: 'import',
  TMG_FOB_USD: 'import',
};

const SCALE_WORDS: Record<string, number> = { units: 0, thousands: 3, millions: 6, billions: 9 };
const WORLD = new Set(['W00', 'G001', 'W1', 'WLD']);

/** SDMX-CSV cells may be "CODE" or, with labels, "CODE: Label". */
const code = (cell: string | undefined) => (cell ?? '').split(':')[0]!.trim();

function scaleOf(r: Record<string, string>): number | undefined {
  const raw = code(r.SCALE ?? r.UNIT_MULT);
  if (raw === '') return 0;
  if (/^-?\d+$/.test(raw)) return Number(raw);
  return SCALE_WORDS[raw.toLowerCase()];
}

/**
 * SDMX-CSV as the IMF's IMTS dataflow serves it: COUNTRY, INDICATOR, COUNTERPART_COUNTRY, FREQUENCY,
 * TIME_PERIOD, OBS_VALUE, with SCALE or UNIT_MULT as a power of ten (or Units/Thousands/Millions).
 * Only annual observations of goods indicators in US dollars become flows; others are rejected with the reason.
 */
export const sdmxCsv: FormatParser = {
  requiredColumns: ['COUNTRY', 'INDICATOR', 'COUNTERPART_COUNTRY', 'TIME_PERIOD', 'OBS_VALUE'],
  toRows(r, line) {
    const partner = code(r.COUNTERPART_COUNTRY);
    if (WORLD.has(partner)) return [];
    const indicator = code(r.INDICATOR);
    const frequency = code(r.FREQUENCY ?? r.FREQ) || 'A';
    const scale = scaleOf(r);
    return [
      {
        line,
        reporter: code(r.COUNTRY),
        partner,
        // A quarterly or monthly period (2020-Q1, 2020-M01) is kept as it is, so validation names it.
        year: frequency === 'A' ? code(r.TIME_PERIOD) : `${code(r.TIME_PERIOD)} (FREQUENCY=${frequency}; only annual data is imported)`,
        flow: INDICATORS[indicator] ?? `indicator ${indicator}`,
        commodity: 'TOTAL',
        value: r.OBS_VALUE ?? '',
        scale: scale ?? null,
        estimated: 'false',
      },
    ];
  },
};

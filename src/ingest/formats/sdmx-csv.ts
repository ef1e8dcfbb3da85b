import { ALL_GOODS } from '../../domain.js';
import type { FormatParser } from './contract.js';

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

function scaleOf(cell: string): number | null {
  if (cell === '') return 0;
  if (/^-?\d+$/.test(cell)) return Number(cell);
  return SCALE_WORDS[cell.toLowerCase()] ?? null;
}

/**
 * SDMX-CSV as the IMF's IMTS dataflow serves it: COUNTRY, INDICATOR, COUNTERPART_COUNTRY, FREQUENCY,
 * TIME_PERIOD, OBS_VALUE, with SCALE or UNIT_MULT as a power of ten (or Units/Thousands/Millions).
 * Annual observations of goods indicators in US dollars become flows; others are rejected with the reason.
 */
export const sdmxCsv: FormatParser = {
  requiredColumns: ['COUNTRY', 'INDICATOR', 'COUNTERPART_COUNTRY', 'TIME_PERIOD', 'OBS_VALUE'],
  bind(column) {
    const [country, indicator, counterpart, period, value, frequency, freq, scale, unitMult] = [
      'COUNTRY',
      'INDICATOR',
      'COUNTERPART_COUNTRY',
      'TIME_PERIOD',
      'OBS_VALUE',
      'FREQUENCY',
      'FREQ',
      'SCALE',
      'UNIT_MULT',
    ].map(column);
    return (f, line) => {
      const partner = code(f[counterpart!]);
      if (WORLD.has(partner)) return [];
      const indicatorCode = code(f[indicator!]);
      const frequencyCode = code(f[frequency!] ?? f[freq!]) || 'A';
      const time = code(f[period!]);
      return [
        {
          line,
          reporter: code(f[country!]),
          partner,
          // A quarterly or monthly period (2020-Q1, 2020-M01) is kept as it is, so the row check names it.
          year: frequencyCode === 'A' ? time : `${time} (FREQUENCY=${frequencyCode}; only annual data is imported)`,
          flow: INDICATORS[indicatorCode] ?? `indicator ${indicatorCode}`,
          commodity: ALL_GOODS,
          value: f[value!] ?? '',
          scale: scaleOf(code(f[scale!] ?? f[unitMult!])),
          estimated: 'false',
        },
      ];
    };
  },
};

import { ALL_GOODS } from '../../domain.js';
import { flag, type FormatParser } from './contract.js';

/**
 * The project's own long CSV, one observation per line (docs/ingest.md):
 * reporter,partner,year,flow,commodity,value_usd,estimated[,net_weight_kg,quantity,quantity_unit]
 * `commodity` (default TOTAL), `estimated` (default false) and the quantities may be left out.
 */
export const canonical: FormatParser = {
  requiredColumns: ['reporter', 'partner', 'year', 'flow', 'value_usd'],
  bind(column) {
    const [reporter, partner, year, flow, commodity, value, estimated, netWeightKg, quantity, quantityUnit] = [
      'reporter',
      'partner',
      'year',
      'flow',
      'commodity',
      'value_usd',
      'estimated',
      'net_weight_kg',
      'quantity',
      'quantity_unit',
    ].map(column);
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
        netWeightKg: f[netWeightKg!],
        quantity: f[quantity!],
        quantityUnit: f[quantityUnit!],
      },
    ];
  },
};

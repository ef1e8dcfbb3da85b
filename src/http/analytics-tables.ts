import type { bilateralGrowth, bilateralMirror, bilateralSeries } from '../analytics/bilateral.js';
import type { groupTrade } from '../analytics/group-trade.js';
import type { partnerRanking } from '../analytics/partners.js';
import type { countryProductRanking, pairProductRanking } from '../analytics/products.js';
import type { Table } from './tables.js';

/**
 * Each analytics answer as one flat table (CSV and NDJSON): one row per year per measure, the
 * provenance of each figure in columns of its row, and the answer's source and notes on every row,
 * so a row read alone still says where its figure comes from. Numbers are never rounded here either.
 */

type Series = Awaited<ReturnType<typeof bilateralSeries>>;
type Growth = Awaited<ReturnType<typeof bilateralGrowth>>;
type Mirror = Awaited<ReturnType<typeof bilateralMirror>>;
type Partners = Awaited<ReturnType<typeof partnerRanking>>;
type GroupTrade = Awaited<ReturnType<typeof groupTrade>>;

const notesOf = (answer: { notes: string[] }) => answer.notes.join(' | ');
const span = (years: number[]) => (years.length === 0 ? 'no-years' : years[0] === years.at(-1) ? `${years[0]}` : `${years[0]}-${years.at(-1)}`);

const PAIR_COLUMNS = ['reporter', 'partner', 'commodity', 'year', 'measure', 'value', 'unit', 'basis', 'estimated', 'derived', 'source'] as const;
/** "-27" in a file name for an HS code; nothing for all goods. */
const goods = (answer: { commodity: { code: string; level: number } }) => (answer.commodity.level === 0 ? '' : `-${answer.commodity.code}`);

export function seriesTable(answer: Series): Table {
  const head = {
    reporter: answer.reporter.iso3,
    partner: answer.partner.iso3,
    commodity: answer.commodity.code,
    unit: answer.unit,
    answerSource: answer.source,
    notes: notesOf(answer),
  };
  return {
    columns: [...PAIR_COLUMNS, 'reportedValue', 'reportedSource', 'mirrorValue', 'mirrorSource', 'totalYoyPct', 'answerSource', 'notes'],
    records: answer.data.flatMap((row) =>
      (['exports', 'imports', 'total', 'balance'] as const).map((measure) => {
        const figure = row[measure];
        const directional = measure === 'exports' || measure === 'imports' ? row[measure] : null;
        return {
          ...head,
          year: row.year,
          measure,
          value: figure.value,
          basis: figure.basis,
          estimated: figure.estimated,
          derived: figure.derived,
          source: figure.source,
          reportedValue: directional?.reported?.value ?? null,
          reportedSource: directional?.reported?.source ?? null,
          mirrorValue: directional?.mirror?.value ?? null,
          mirrorSource: directional?.mirror?.source ?? null,
          totalYoyPct: measure === 'total' ? row.totalYoyPct : null,
        };
      }),
    ),
    fileName: `bilateral-${answer.reporter.iso3}-${answer.partner.iso3}${goods(answer)}-${span(answer.data.map((r) => r.year))}`,
  };
}

/** The growth's yearly values, each row carrying the span's start, end, change and CAGR. */
export function growthTable(answer: Growth): Table {
  return {
    columns: [
      'reporter',
      'partner',
      'commodity',
      'measure',
      'year',
      'value',
      'unit',
      'yoyPct',
      'startYear',
      'endYear',
      'change',
      'changePct',
      'cagrPct',
      'source',
      'notes',
    ],
    records: answer.yoy.map((y) => ({
      reporter: answer.reporter.iso3,
      partner: answer.partner.iso3,
      commodity: answer.commodity.code,
      measure: answer.measure,
      year: y.year,
      value: y.value,
      unit: answer.unit,
      yoyPct: y.pct,
      startYear: answer.start.year,
      endYear: answer.end.year,
      change: answer.change,
      changePct: answer.changePct,
      cagrPct: answer.cagrPct,
      source: answer.source,
      notes: notesOf(answer),
    })),
    fileName: `growth-${answer.measure}-${answer.reporter.iso3}-${answer.partner.iso3}${goods(answer)}-${span(answer.yoy.map((y) => y.year))}`,
  };
}

export function mirrorTable(answer: Mirror): Table {
  return {
    columns: [
      'reporter',
      'partner',
      'commodity',
      'year',
      'flow',
      'reportedValue',
      'reportedEstimated',
      'mirrorValue',
      'mirrorEstimated',
      'gap',
      'gapPct',
      'cifFobRatio',
      'unit',
      'source',
      'notes',
    ],
    records: answer.data.map((row) => ({
      reporter: answer.reporter.iso3,
      partner: answer.partner.iso3,
      commodity: answer.commodity.code,
      year: row.year,
      flow: row.flow,
      reportedValue: row.reported?.value ?? null,
      reportedEstimated: row.reported?.estimated ?? null,
      mirrorValue: row.mirror?.value ?? null,
      mirrorEstimated: row.mirror?.estimated ?? null,
      gap: row.gap,
      gapPct: row.gapPct,
      cifFobRatio: row.cifFobRatio,
      unit: answer.unit,
      source: answer.source,
      notes: notesOf(answer),
    })),
    fileName: `mirror-${answer.reporter.iso3}-${answer.partner.iso3}${goods(answer)}-${span([...new Set(answer.data.map((r) => r.year))])}`,
  };
}

/**
 * A ranking per year as rows: each ranked item (its columns from `row`), then the rest as one more row
 * (rank empty, named by `restName`); a year with nothing ranked has no rows.
 */
function rankingRecords<Item>(
  rankings: { year: number | null; data: Item[]; rest: object }[],
  head: object,
  row: (item: Item) => object,
  restName: object,
): Record<string, unknown>[] {
  return rankings.flatMap((ranking) => {
    if (ranking.data.length === 0) return [];
    const base = { ...head, year: ranking.year };
    return [...ranking.data.map((item) => ({ ...base, ...row(item) })), { ...base, ...ranking.rest, rank: null, ...restName }];
  });
}

const yearsIn = (rankings: { year: number | null }[]) => rankings.flatMap((r) => (r.year === null ? [] : [r.year]));

/** Per year: the ranked partners, then the rest as one more row (rank empty, partner "rest"). */
export function partnersTable(answer: Partners): Table {
  const head = {
    reporter: answer.reporter.iso3,
    commodity: answer.commodity.code,
    measure: answer.measure,
    within: answer.within,
    unit: answer.unit,
    notes: notesOf(answer),
  };
  const records = rankingRecords(
    answer.years,
    head,
    (p) => ({
      rank: p.rank,
      partner: p.partner.iso3,
      partnerName: p.partner.name,
      value: p.value,
      sharePct: p.sharePct,
      basis: p.basis,
      estimated: p.estimated,
      derived: p.derived,
      source: p.source,
    }),
    { partner: 'rest', partnerName: 'Partners beyond the limit, together' },
  );
  const years = yearsIn(answer.years);
  return {
    columns: [
      'reporter',
      'commodity',
      'year',
      'measure',
      'within',
      'rank',
      'partner',
      'partnerName',
      'value',
      'unit',
      'sharePct',
      'basis',
      'estimated',
      'derived',
      'source',
      'notes',
    ],
    records,
    fileName: `partners-${answer.reporter.iso3}${goods(answer)}-${years.length === 0 ? 'no-data' : span(years)}${answer.within === null ? '' : `-${answer.within}`}`,
  };
}

/** Per year: intra, extra and total (measure), then each ordered member pair's exports (measure "exports"). */
export function groupTradeTable(answer: GroupTrade): Table {
  const head = { group: answer.group, commodity: answer.commodity.code, unit: answer.unit, source: answer.source, notes: notesOf(answer) };
  return {
    columns: ['group', 'commodity', 'year', 'measure', 'reporter', 'partner', 'value', 'unit', 'intraSharePct', 'basis', 'derived', 'source', 'notes'],
    records: answer.data.flatMap((y) => [
      ...(['intra', 'extra', 'total'] as const).map((measure) => ({
        ...head,
        year: y.year,
        measure,
        value: y[measure].value,
        derived: y[measure].derived,
        intraSharePct: measure === 'intra' ? y.intraSharePct : null,
      })),
      ...y.matrix.map((cell) => ({
        ...head,
        year: y.year,
        measure: 'exports',
        reporter: cell.reporter.iso3,
        partner: cell.partner.iso3,
        value: cell.value,
        basis: cell.basis,
        derived: cell.derived,
      })),
    ]),
    fileName: `group-trade-${answer.group}${goods(answer)}-${span(answer.data.map((y) => y.year))}`,
  };
}

type PairProducts = Awaited<ReturnType<typeof pairProductRanking>>;
type CountryProducts = Awaited<ReturnType<typeof countryProductRanking>>;

/** Per year: the ranked products, then the rest as one more row (rank empty, commodity "rest"). */
export function productsTable(answer: PairProducts | CountryProducts): Table {
  const partner = 'partner' in answer ? answer.partner.iso3 : null;
  const within = 'within' in answer ? answer.within : null;
  const head = {
    reporter: answer.reporter.iso3,
    partner,
    within,
    flow: answer.flow,
    level: answer.level,
    parent: answer.parent.code,
    unit: answer.unit,
    notes: notesOf(answer),
  };
  const records = rankingRecords(
    answer.years,
    head,
    (p) => ({
      rank: p.rank,
      commodity: p.commodity.code,
      commodityName: p.commodity.name,
      value: p.value,
      sharePct: p.sharePct,
      basis: p.basis,
      estimated: p.estimated,
      derived: p.derived,
      source: p.source,
      netWeightKg: p.netWeightKg,
      unitValueUsdPerKg: p.unitValueUsdPerKg,
    }),
    { commodity: 'rest', commodityName: 'Products beyond the limit, together' },
  );
  const years = yearsIn(answer.years);
  const who = partner === null ? answer.reporter.iso3 : `${answer.reporter.iso3}-${partner}`;
  return {
    columns: [
      'reporter',
      'partner',
      'within',
      'year',
      'flow',
      'level',
      'parent',
      'rank',
      'commodity',
      'commodityName',
      'value',
      'unit',
      'sharePct',
      'basis',
      'estimated',
      'derived',
      'source',
      'netWeightKg',
      'unitValueUsdPerKg',
      'notes',
    ],
    records,
    fileName: `products-${who}-${answer.flow}-hs${answer.level}${answer.parent.level === 0 ? '' : `-${answer.parent.code}`}-${years.length === 0 ? 'no-data' : span(years)}${within === null ? '' : `-${within}`}`,
  };
}

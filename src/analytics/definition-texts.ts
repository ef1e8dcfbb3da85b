import { sourcePriorityText } from '../domain.js';

/**
 * Each figure's definition in words, written once: they go into the OpenAPI descriptions, and
 * docs/definitions.md quotes them word for word (test/analytics/definitions.test.ts checks both).
 * definitions.ts computes exactly what these say.
 */
export const DEFINITIONS = {
  basis:
    'Basis: a figure "as reported by a" uses a\'s own report (basis "reporter"). Where a did not report that year, it falls back to the mirror: ' +
    "b's report of the same goods (a's exports to b ≈ b's imports from a), basis \"mirror\". With basis=partner the mirror comes first. " +
    'Basis "turnover": a reported total (exports + imports) stands in for missing directions.',
  total: 'Total trade (turnover) of a with b in year y = exports(a→b) + imports(a←b); a reported turnover is used where a direction is missing.',
  balance: 'Balance = exports − imports.',
  yoy: 'YoY % = (v_y / v_{y−1} − 1) × 100; null where v_{y−1} is missing or zero.',
  change: 'Change = v1 − v0; change % from y0 to y1 = (v1 / v0 − 1) × 100.',
  cagr: 'CAGR % = ((v1 / v0)^(1 / (y1 − y0)) − 1) × 100; null where v0 is missing or zero.',
  share: "Share % of partner p in a's trade within a set S = value(a, p) / Σ_{q ∈ S} value(a, q) × 100; S defaults to all partners of a (the World).",
  intra:
    "Intra-group trade of group G in year y = Σ over ordered member pairs (i, j), i ≠ j, of exports(i→j) (i's report, else j's mirror), members as of year y. " +
    "Extra-group = Σ over members i and non-members p of exports(i→p). Total = intra + extra (the members' exports). Intra share % = intra / total × 100.",
  mirror:
    'Mirror gap for flow a→b in year y: reported = exports(a→b) as a reports them (FOB); mirror = imports(b←a) as b reports them (CIF); ' +
    'gap = mirror − reported; gap % = gap / reported × 100; CIF/FOB ratio = mirror / reported. For flow "import" (a\'s imports from b, CIF, ' +
    "against b's exports to a, FOB) gap = mirror − reported as well, and the CIF/FOB ratio = reported / mirror.",
  commodity:
    'Commodity: TOTAL (all goods, the default) or an HS code of 2, 4 or 6 digits (HS 2022). A figure for an HS code is the reported value of that code; ' +
    'where a reporter did not report the code, the sum of the codes it reported one level down (else two) stands in, flagged derived. ' +
    'All-goods figures are reported totals, never sums of products, except for a pair with no reported total at all: then the sums of its reported chapters stand in, flagged derived.',
  derived: 'Derived: true where the figure is not reported for the code itself but is the sum of the reported codes below it (a chapter from its headings).',
  source:
    'One source per answer: without `source`, an answer uses the one source with the most values in the years asked (ties: the higher priority: ' +
    `${sourcePriorityText()}); growth uses the highest-priority source with a value at both ends; a default year is the latest year of the chosen source. ` +
    '`source=<id>` pins a source; `source=any` takes the best figure per year from any source, in that priority, each figure naming its own, and a note says they mix.',
} as const;

import { DEFINITIONS } from './definition-texts.js';

type Key = keyof typeof DEFINITIONS;

/** docs/definitions.md, section by section: each definition's text as the API states it, then what only the docs add. */
const SECTIONS: { title: string; definitions: Key[]; notes?: string[] }[] = [
  {
    title: 'Which report a figure uses',
    definitions: ['basis', 'source'],
    notes: [
      'A figure computed from two reports of different sources says `"a+b"` in `source`.',
      '**Estimated** is true if the figure, or any figure it is computed from, is marked as an estimate.',
    ],
  },
  {
    title: 'Pair figures (`/v1/bilateral/{a}/{b}`)',
    definitions: ['total', 'balance', 'yoy'],
    notes: ["Exports a→b and imports a←b each carry both reports: `reported` (a's) and `mirror` (b's). Balance is null unless both directions are known."],
  },
  { title: 'Growth (`/v1/bilateral/{a}/{b}/growth`)', definitions: ['change', 'cagr'], notes: ['Where a figure is null, `note` says why.'] },
  {
    title: 'Partners (`/v1/countries/{code}/partners`)',
    definitions: ['share'],
    notes: [
      "With `within=<group>`, S is the group's other members in that year (the country must be a member). Partners without a value are left out.",
      "With `within=world-reported`, shares are of the country's own reported total with the World (partner `WLD`, imported with `--format imf-dots-world`) instead of the sum of its partners: the two differ (partners not reported one by one, confidential trade, revisions), the note gives both, and `rest` is the World total less the partners shown. The World is never a partner in a ranking, a group's extra-group trade or a country's products.",
      '**Rank**: by value, largest first, ties by code. **Rest**: the partners beyond `limit`, together.',
    ],
  },
  { title: 'Groups (`/v1/groups/{id}/trade`)', definitions: ['intra'] },
  {
    title: 'Products (`commodity`, `/v1/bilateral/{a}/{b}/products`)',
    definitions: ['commodity', 'derived'],
    notes: [
      'Every analytics route takes `commodity`; an answer names it in `commodity` and says in `notes` when there are no figures at that level, and which levels there are.',
    ],
  },
  { title: 'Mirror statistics (`/v1/bilateral/{a}/{b}/mirror`)', definitions: ['mirror'], notes: ['CIF values typically run 5-10% above FOB.'] },
];

/** The whole of docs/definitions.md (`npm run docs:export` writes it; a test fails when the file differs). */
export function definitionsMarkdown(): string {
  const lines = [
    '# Definitions',
    '',
    '<!-- Generated from src/analytics/definition-texts.ts by `npm run docs:export`; edit there, not here. -->',
    '',
    'Every analytics figure, in the words the OpenAPI document uses for it (src/analytics/definition-texts.ts),',
    'computed exactly so by src/analytics/definitions.ts. Money is in US dollars; a value is `null` where',
    'nothing is known, never 0.',
  ];
  for (const section of SECTIONS) {
    lines.push('', `## ${section.title}`, '');
    for (const key of section.definitions) lines.push(`- ${DEFINITIONS[key]}`);
    for (const note of section.notes ?? []) lines.push(`- ${note}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Every definition appears in some section: the docs cannot leave one out. */
export const DOCUMENTED_DEFINITIONS: Key[] = SECTIONS.flatMap((s) => s.definitions);

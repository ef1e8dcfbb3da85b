/** The floor's response schemas for fast-json-stringify, written out: the floor uses nothing of the API's. */
export const object = (properties: Record<string, unknown>, type: string | string[] = 'object') => ({ type, properties });
export const arrayOf = (items: unknown) => ({ type: 'array', items });
export const nullable = (type: string) => ({ type: [type, 'null'] });

const integer = { type: 'integer' };
const string = { type: 'string' };
const boolean = { type: 'boolean' };
const figureProps = { value: nullable('number'), basis: nullable('string'), estimated: boolean, source: nullable('string'), derived: boolean };
export const reportOrNull = object({ value: { type: 'number' }, estimated: boolean, source: string, derived: boolean }, ['object', 'null']);
export const figure = object(figureProps);
export const directionalFigure = object({ ...figureProps, reported: reportOrNull, mirror: reportOrNull });
export const countryRef = object({ iso3: string, iso2: nullable('string'), m49: nullable('integer'), name: string });
/** The floor serves all goods only: every answer names that commodity. */
export const commodityRef = object({ code: string, level: integer, name: string });
export const ALL_GOODS = { code: 'TOTAL', level: 0, name: 'All goods' };

const years = arrayOf(integer);
/** What every answer about a pair starts with, and ends with. */
export const pairHeader = { reporter: countryRef, partner: countryRef, commodity: commodityRef, unit: string, source: nullable('string') };
export const pairFooter = { coverage: object({ reporter: years, partner: years }), notes: arrayOf(string) };

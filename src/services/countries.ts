import { decodeCursor, paginate, type PageAnswer } from './pages.js';
import { invalidParameter } from '../problem.js';
import { listCountries, listMembershipsOf } from '../queries/countries.js';
import type { CountryListQuery } from '../schemas/countries.js';
import type { AppContext } from './context.js';

const isIso3Key = (v: unknown): v is [string] => Array.isArray(v) && v.length === 1 && typeof v[0] === 'string';

export const COUNTRY_CSV_COLUMNS = ['iso3', 'iso2', 'm49', 'name', 'region', 'subregion', 'intermediateRegion', 'historical'];

/** GET /v1/countries: one page of countries; an unknown region is a 400 listing the valid ones, never an empty list. */
export async function countryPage(ctx: AppContext, q: CountryListQuery) {
  const region = q.region === undefined ? undefined : ctx.countries.region(q.region);
  if (q.region !== undefined && region === undefined) {
    throw invalidParameter('query', 'region', `unknown region '${q.region}'; use one of: ${ctx.countries.regionNames().join(', ')}`);
  }
  const after = decodeCursor(q.cursor, isIso3Key)?.[0];
  const body = paginate(await listCountries(ctx.db, { region, q: q.q, historical: q.historical, after, limit: q.limit }), q.limit, (c) => [c.iso3]);
  const answer: PageAnswer<typeof body> = { body, csvRecords: () => body.data };
  return answer;
}

/** GET /v1/countries/{code}: the country with the groups it belongs or belonged to. */
export async function countryDetail(ctx: AppContext, code: string) {
  const country = ctx.countries.resolve(code, 'code');
  return { ...country, groups: await listMembershipsOf(ctx.db, country.iso3) };
}

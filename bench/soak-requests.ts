/** The soak's request mix: every read route of the API, with real parameters the IMF file and the demo data answer. */

export type SoakRequest = { path: string; csv?: boolean };

const PAIRS = [
  ['KAZ', 'UZB'],
  ['DEU', 'FRA'],
  ['USA', 'CHN'],
  ['kz', '860'], // other code forms (alpha-2, M49) resolve to the same pair
] as const;
const YEARS = [2000, 2005, 2010, 2015, 2020];
const RANGES = [
  [2000, 2020],
  [2015, 2020],
  [2005, 2010],
] as const;
const CSV = { csv: true } as const;

type Page = { data: { id: string | number }[]; page?: { next: string | null } };

async function getJson(base: string, path: string): Promise<Page> {
  const res = await fetch(base + path);
  if (res.status !== 200) throw new Error(`soak set-up: ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Page;
}

async function nextPage(base: string, path: string): Promise<string> {
  const next = (await getJson(base, path)).page?.next;
  if (!next) throw new Error(`soak set-up: ${path} has no next page to follow`);
  return `${path}&cursor=${encodeURIComponent(next)}`;
}

/** Ids (groups, releases) and cursors are asked of the running server, so the mix never names one that is not there. */
export async function soakRequests(base: string): Promise<SoakRequest[]> {
  const groups = (await getJson(base, '/v1/groups')).data.map((g) => String(g.id));
  const releases = (await getJson(base, '/v1/releases')).data.map((r) => Number(r.id));
  const requests: SoakRequest[] = [
    { path: '/health' },
    { path: '/ready' },
    { path: '/docs/json' },
    { path: '/openapi.json' },
    { path: '/v1/sources' },
    { path: '/v1/countries' },
    { path: '/v1/countries?region=Central%20Asia' },
    { path: '/v1/countries?q=uzb' },
    { path: '/v1/countries?historical=true' },
    { path: '/v1/countries?format=csv', ...CSV },
    { path: '/v1/countries?region=Europe', ...CSV },
    { path: await nextPage(base, '/v1/countries?limit=50') },
    { path: '/v1/groups' },
    { path: '/v1/releases' },
    { path: '/v1/releases?source=imf-dots' },
    { path: '/v1/flows?reporter=DEU&year=2020' },
    { path: await nextPage(base, '/v1/flows?reporter=DEU&limit=200') },
    { path: '/v1/flows?reporter=KAZ&partner=UZB&from=2017&to=2022' },
    { path: '/v1/flows?reporter=DEU&partner=FRA&year=2010&flow=export' },
    { path: '/v1/flows?reporter=USA&partner=CHN&from=2000&to=2020&format=csv', ...CSV },
    { path: '/v1/flows?reporter=kz&partner=860&from=2000&to=2020', ...CSV },
  ];
  for (const code of ['KAZ', 'kz', '398', 'DEU', 'USA', 'CHN', 'UZB', 'FRA']) requests.push({ path: `/v1/countries/${code}` });
  for (const id of releases) {
    requests.push({ path: `/v1/releases/${id}` });
    requests.push({ path: `/v1/flows?reporter=KAZ&partner=UZB&asOf=${id}` });
  }
  for (const id of groups) {
    requests.push({ path: `/v1/groups/${id}` });
    requests.push({ path: `/v1/groups/${id}?year=2010` });
    for (const year of [2000, 2020]) requests.push({ path: `/v1/groups/${id}/trade?year=${year}` });
  }
  requests.push({ path: '/v1/groups/central-asia/trade?from=2015&to=2020' });
  for (const [a, b] of PAIRS) {
    for (const year of YEARS) requests.push({ path: `/v1/bilateral/${a}/${b}?year=${year}` });
    for (const [from, to] of RANGES) {
      requests.push({ path: `/v1/bilateral/${a}/${b}?from=${from}&to=${to}` });
      requests.push({ path: `/v1/bilateral/${a}/${b}/growth?from=${from}&to=${to}` });
      requests.push({ path: `/v1/bilateral/${a}/${b}/mirror?from=${from}&to=${to}` });
    }
    requests.push({ path: `/v1/bilateral/${a}/${b}/growth?from=2010&to=2020&measure=exports&basis=partner` });
    requests.push({ path: `/v1/bilateral/${b}/${a}/mirror?year=2015&basis=partner` });
  }
  for (const code of ['KAZ', 'DEU', 'USA', 'CHN']) {
    for (const year of YEARS) requests.push({ path: `/v1/countries/${code}/partners?year=${year}` });
  }
  requests.push({ path: '/v1/countries/KAZ/partners?year=2020&within=central-asia' });
  requests.push({ path: '/v1/countries/UZB/partners?year=2015&within=central-asia&measure=imports' });
  requests.push({ path: '/v1/countries/DEU/partners?year=2020&within=eu&limit=300&basis=partner' });
  requests.push({ path: '/v1/countries/FRA/partners?year=2010&measure=exports&limit=5' });
  return requests;
}

/**
 * Each request once before the load: a 4xx here is a mistake in the mix (or a changed route), named
 * with its answer, rather than thousands of anonymous non-2xx in the soak's totals.
 */
export async function checkRequests(base: string, requests: SoakRequest[]): Promise<void> {
  const wrong: string[] = [];
  for (const request of requests) {
    const res = await fetch(base + request.path, { headers: request.csv ? { accept: 'text/csv' } : {} });
    const body = await res.text();
    const type = res.headers.get('content-type') ?? '';
    if (res.status !== 200) wrong.push(`${request.path}: ${res.status} ${body.slice(0, 300)}`);
    else if (request.csv && !type.startsWith('text/csv')) wrong.push(`${request.path}: asked for CSV, got ${type}`);
  }
  if (wrong.length > 0) throw new Error(`soak set-up: ${wrong.length} of the ${requests.length} requests fail on their own:\n${wrong.join('\n')}`);
}

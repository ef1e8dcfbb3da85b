import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './api-types.js';

export type { components, operations, paths } from './api-types.js';

/**
 * A typed client for this API (openapi-fetch over the generated types): paths, parameters and
 * answers are checked by the compiler. Exported as `trade-stats-api/client`.
 *
 *   const api = createTradeClient('http://localhost:3000');
 *   const { data, error } = await api.GET('/v1/bilateral/{a}/{b}/growth', { params: { path: { a: 'KAZ', b: 'UZB' }, query: { from: 2017, to: 2022 } } });
 */
export function createTradeClient(baseUrl: string, options: Omit<ClientOptions, 'baseUrl'> = {}) {
  // JSON answers typed as JSON (CSV and NDJSON come by `format`, as text: `parseAs: 'text'`).
  return createClient<paths, `${string}/json`>({ ...options, baseUrl });
}

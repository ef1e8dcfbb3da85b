/**
 * `npm run bench [-- name...]`: runs the named benchmarks (all by default, soak included: it is the
 * load check of the whole service, and last because it is the longest). Not part of `npm test`.
 */
import { benchAnalytics } from './analytics.js';
import { benchHttp } from './http.js';
import { benchIngest } from './ingest.js';
import { benchProductScale } from './product-scale.js';
import { benchScale } from './scale.js';
import { benchSoak } from './soak.js';
import { benchStartup } from './startup.js';

const BENCHES: Record<string, () => Promise<void>> = {
  ingest: benchIngest,
  analytics: benchAnalytics,
  http: benchHttp,
  scale: benchScale,
  'product-scale': benchProductScale,
  startup: benchStartup,
  soak: benchSoak,
};

const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(BENCHES);
for (const name of names) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`unknown benchmark '${name}'; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  console.log(`== ${name}`);
  await bench();
}

import t from 'tap';
import { build } from '../helper.js';
import { fuzzOperations } from './run.js';

/**
 * Issue 8, tests that hunt: thousands of requests built from openapi/openapi.json (the contract as
 * clients read it, not the zod schemas behind it) with fast-check, against a real app on a fresh
 * database with the demo figures. run.ts sends them and checks the answers; sweep.ts, requests.ts
 * and arbitraries.ts make them. A failure prints a minimal request that reproduces it.
 */

// Fixed, so that a failure found once is found again; FUZZ_SEED explores other requests, FUZZ_SCALE more of them.
const SEED = Number(process.env.FUZZ_SEED ?? 8_008);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const MIN_REQUESTS = 5_000;

t.test('requests built from openapi/openapi.json: never a 5xx, every 4xx a problem, every 2xx as documented', async (t) => {
  t.comment(`fast-check seed ${SEED} (FUZZ_SEED=${SEED} generates these requests again)`);
  const app = await build(t, { demo: true });
  const count = await fuzzOperations(t, app, { seed: SEED, scale: SCALE });
  t.ok(count >= MIN_REQUESTS, `${count} requests (at least ${MIN_REQUESTS})`);
});

import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Test } from 'tap';
import { violations, type Violation } from './check-response.js';
import { harvest } from './harvest.js';
import { minimize, shapeOf, type Minimal } from './minimize.js';
import { operationsOf, readDocument, responseValidators, type Operation } from './openapi-document.js';
import { requestsFor, send, urlOf, type FuzzRequest } from './requests.js';
import { sweepRequests } from './sweep.js';

// More requests where there are more parameters: the space to cover grows with them.
// With the sweep's ~2,400, about 5,300 requests in all: over the 5,000 asked for, within the suite's time.
const runsFor = (op: Operation, scale: number) => Math.ceil((65 + 27 * op.parameters.length) * scale);

// Failing requests kept per broken promise, to tell apart different bugs behind the same symptom (a 500 is a 500).
const EXAMPLES_KEPT = 12;

type Found = { violation: Violation; status: number; examples: Minimal[]; count: number };

const signatureOf = (r: FuzzRequest, status: number, v: Violation) => `${r.op.name} ${status}: ${v.rule}${v.detail ? ` (${v.detail})` : ''}`;

const histogramLine = (counts: Map<number, number>) =>
  [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}x${n}`)
    .join(' ');

function record(found: Map<string, Found>, r: FuzzRequest, res: LightMyRequestResponse, violation: Violation) {
  const signature = signatureOf(r, res.statusCode, violation);
  const f = found.get(signature) ?? found.set(signature, { violation, status: res.statusCode, examples: [], count: 0 }).get(signature)!;
  f.count++;
  if (f.examples.length < EXAMPLES_KEPT) f.examples.push({ r, res });
}

/**
 * Sends requests generated from openapi/openapi.json for every operation that can be asked without
 * side effects (sweep.ts: every listed value on every parameter; requests.ts: random ones from a
 * fixed seed), checks each answer (check-response.ts), and fails once per distinct broken promise
 * with a minimal request that reproduces it. Returns how many requests were sent.
 */
export async function fuzzOperations(t: Test, app: FastifyInstance, opts: { seed: number; scale: number }): Promise<number> {
  const doc = readDocument();
  // Reads, and the admin routes asked without a key; nothing else can be asked without side effects.
  const ops = operationsOf(doc).filter((op) => op.method === 'GET' || (op.security ?? []).length > 0);
  const validatorFor = responseValidators(doc);
  const pools = await harvest(app, ops);
  const allNames = [...new Set(ops.flatMap((op) => op.parameters.map((p) => p.name)))];

  const found = new Map<string, Found>();
  let count = 0;
  for (const [i, op] of ops.entries()) {
    const statuses = new Map<number, number>();
    const sampled = fc.sample(requestsFor(op, pools, allNames), { seed: opts.seed + i, numRuns: runsFor(op, opts.scale) });
    for (const r of [...(await sweepRequests(app, op, pools)), ...sampled]) {
      // A server between two network requests runs its timers; inject in a loop would starve them
      // (under-pressure's event-loop sampling, rate-limit windows) and test a state no server is in.
      await new Promise((resolve) => setImmediate(resolve));
      const res = await send(app, r);
      count++;
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      for (const violation of violations(r, res, validatorFor)) record(found, r, res, violation);
    }
    // Not a failure (the brief of this test is 5xx, problem+json and 2xx shapes), but a gap in the contract worth seeing.
    const undocumented = [...statuses.keys()].filter((status) => op.responses[String(status)] === undefined).sort();
    t.comment(`${op.name}: ${histogramLine(statuses)}${undocumented.length > 0 ? ` (not in the document: ${undocumented.join(', ')})` : ''}`);
    if (statuses.has(429)) t.comment(`${op.name} was rate limited (429): the limit build(t) configures is too low for this test`);
  }

  for (const [signature, f] of found) {
    // One failure per shape of minimal request, the shortest of each.
    const minimal = new Map<string, Minimal>();
    for (const example of f.examples) {
      const m = (await minimize(app, example.r, f.status, f.violation.rule, validatorFor)) ?? example;
      const shape = shapeOf(m.r);
      if (!minimal.has(shape) || urlOf(m.r).length < urlOf(minimal.get(shape)!.r).length) minimal.set(shape, m);
    }
    for (const { r, res } of minimal.values()) {
      t.fail(`${signature}: ${f.count} of ${count} requests`, {
        request: `${r.op.method} ${urlOf(r)}`,
        headers: r.headers,
        ...(r.payload === undefined ? {} : { payload: r.payload.slice(0, 200) }),
        status: res.statusCode,
        contentType: res.headers['content-type'],
        body: res.body.slice(0, 2_000),
        seed: opts.seed,
      });
    }
  }
  t.equal(found.size, 0, 'no request broke a promise of the document');
  return count;
}

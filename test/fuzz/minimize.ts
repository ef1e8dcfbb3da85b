import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { violations, type ValidatorFor } from './check-response.js';
import { send, type FuzzRequest } from './requests.js';

export type Minimal = { r: FuzzRequest; res: LightMyRequestResponse };

/**
 * The failing request with every query piece and header that does not matter removed, one at a time,
 * as long as the same rule still breaks with the same status: what a bug report should show.
 * (fast-check's own shrinking would replay whole runs; this costs a few requests per failing one.)
 */
export async function minimize(
  app: FastifyInstance,
  failing: FuzzRequest,
  status: number,
  rule: string,
  validatorFor: ValidatorFor,
): Promise<Minimal | undefined> {
  const stillFails = async (candidate: FuzzRequest) => {
    const answer = await send(app, candidate);
    return answer.statusCode === status && violations(candidate, answer, validatorFor).some((v) => v.rule === rule) ? answer : undefined;
  };
  let r = failing;
  let res = await stillFails(r);
  // Flaky (it failed once, not again): report it as it was seen, by the caller.
  if (!res) return undefined;
  // An admin request's parameters are what makes 401 the only right answer: they stay.
  for (let i = r.mustBeUnauthorized ? -1 : r.pieces.length - 1; i >= 0; i--) {
    const candidate = { ...r, pieces: r.pieces.filter((_, j) => j !== i) };
    const answer = await stillFails(candidate);
    if (answer) [r, res] = [candidate, answer];
  }
  if (r.headers.accept !== undefined) {
    const candidate = { ...r, headers: Object.fromEntries(Object.entries(r.headers).filter(([name]) => name !== 'accept')) };
    const answer = await stillFails(candidate);
    if (answer) [r, res] = [candidate, answer];
  }
  return { r, res };
}

/** What a minimal request is made of: two with the same parameters left are likely the same bug, others likely not. */
export const shapeOf = (r: FuzzRequest) => [...new Set(r.pieces.map((p) => p.split('=')[0]))].sort().join('&') || '(no query)';

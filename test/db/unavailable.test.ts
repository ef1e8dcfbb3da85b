import t from 'tap';
import { isDatabaseUnavailable, isServerFailure, isUnreachable } from '../../src/db/unavailable.js';

// The errors as node-postgres and drizzle raise them (drizzle keeps the driver's error as the cause).
const wrapped = (cause: Error) => Object.assign(new Error('Failed query: select 1'), { cause });

t.test('a busy server is unavailable for now but not unreachable: read routing still trusts its data', async (t) => {
  const poolTimeout = new Error('timeout exceeded when trying to connect');
  const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
  for (const [what, error] of [
    ['pool acquisition timeout', poolTimeout],
    ['the same, wrapped by drizzle', wrapped(poolTimeout)],
    ['statement timeout', wrapped(cancelled)],
  ] as const) {
    t.ok(isDatabaseUnavailable(error), `${what}: answered 503`);
    t.notOk(isUnreachable(error), `${what}: not unreachable`);
  }
});

t.test('a refused, lost or shutting-down server is unreachable', async (t) => {
  for (const [what, error] of [
    ['refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['lost', wrapped(new Error('Connection terminated unexpectedly'))],
    ['shutting down', wrapped(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))],
  ] as const) {
    t.ok(isServerFailure(error), what);
    t.ok(isUnreachable(error), what);
  }
  t.notOk(isUnreachable(new Error('syntax error at or near "selec"')), 'a bug is neither');
});

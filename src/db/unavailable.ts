/**
 * Whether an error means the database cannot answer now (down, restarting, unreachable, the pool
 * exhausted past its acquisition timeout, a statement over its timeout), rather than that the
 * request or the code is wrong: such errors are answered 503 with Retry-After, and go away by
 * themselves once the database is back.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (e === null || typeof e !== 'object') return false;
  // drizzle wraps the driver's error (DrizzleQueryError) and keeps it as the cause.
  if (depth < 3 && e.cause !== undefined && isDatabaseUnavailable(e.cause, depth + 1)) return true;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  return (
    NETWORK_CODES.has(code) ||
    // SQLSTATE classes 08 (connection exception), 53 (insufficient resources), 57P (operator intervention: shutdown, restart)
    /^(08|53|57P)/.test(code) ||
    code === QUERY_CANCELED ||
    /timeout exceeded when trying to connect|Connection terminated|connection ended|Client has encountered a connection error/i.test(message)
  );
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN']);
// statement_timeout cancels with 57014.
const QUERY_CANCELED = '57014';

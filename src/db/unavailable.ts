/**
 * Whether an error means the database cannot answer now (down, restarting, unreachable, the pool
 * exhausted past its acquisition timeout, a statement over its timeout or cancelled by a replica's
 * recovery), rather than that the request or the code is wrong: such errors are answered 503 with
 * Retry-After, and go away by themselves once the database is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailability(error) !== null;
}

/**
 * Whether the server itself failed (refused or lost the connection, shutting down, out of
 * connections), not just one statement: a replica failing so is left out of the reads for a while
 * (services/read-routing.ts), while one slow statement says nothing about the replica.
 */
export function isServerFailure(error: unknown): boolean {
  const kind = unavailability(error);
  return kind === 'unreachable' || kind === 'pool';
}

/**
 * Whether the server could not be reached at all (refused, lost, shutting down), as opposed to busy:
 * a pool with no free connection within its timeout, or a statement cancelled, says only that the
 * server is loaded, and it still has the newest data.
 */
export function isUnreachable(error: unknown): boolean {
  return unavailability(error) === 'unreachable';
}

/** unreachable: refused, lost, shutting down; pool: no pooled connection within its timeout; statement: one statement cancelled. */
function unavailability(error: unknown, depth = 0): 'unreachable' | 'pool' | 'statement' | null {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (e === null || typeof e !== 'object') return null;
  // drizzle wraps the driver's error (DrizzleQueryError) and keeps it as the cause.
  const cause = depth < 3 && e.cause !== undefined ? unavailability(e.cause, depth + 1) : null;
  if (cause !== null) return cause;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  // A hot standby cancels a query whose rows its WAL replay must remove (40001 or 40P01, "conflict
  // with recovery"); asked again, it answers.
  if (code === QUERY_CANCELED || /conflict with recovery/i.test(message)) return 'statement';
  // pg-pool's acquisition timeout: every pooled connection busy (or, on a fresh pool, the server slow to accept).
  if (/timeout exceeded when trying to connect/i.test(message)) return 'pool';
  if (
    NETWORK_CODES.has(code) ||
    // SQLSTATE classes 08 (connection exception), 53 (insufficient resources), 57P (operator intervention: shutdown, restart)
    /^(08|53|57P)/.test(code) ||
    /Connection terminated|connection ended|Client has encountered a connection error/i.test(message)
  ) {
    return 'unreachable';
  }
  return null;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN']);
// statement_timeout cancels with 57014.
const QUERY_CANCELED = '57014';

import { Writable, type Stream } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseHandle } from '../db/client.js';

/** What the import needs of a database: statements and a bulk COPY, inside one transaction. */
export type IngestSession = {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement and answers how many rows it wrote. */
  execute(text: string, params?: unknown[]): Promise<number>;
  /**
   * Runs `stages` (a source, then transforms ending in COPY text lines) into `table`, as one
   * pipeline: an error in any stage fails the COPY, and with it the transaction.
   */
  copy(table: string, columns: readonly string[], stages: Stream[]): Promise<void>;
};

// PGlite copies from an in-memory blob; chunks of this many characters keep memory bounded. Each
// chunk holds the event loop while it is copied (~2 s on a busy 2-core machine at this size, 7-9 s
// at 16 MiB), and a shutdown can only abort between chunks: small enough to stop well within
// SHUTDOWN_GRACE_MS.
const PGLITE_COPY_CHARS = 4 * 1024 * 1024;

function pgliteSession(tx: Transaction, signal: AbortSignal | undefined): IngestSession {
  // A PGlite statement holds the event loop until it ends, so an abort is noticed between statements
  // and between COPY chunks, never within one.
  return {
    query: async <T>(text: string, params?: unknown[]) => {
      signal?.throwIfAborted();
      return (await tx.query<T>(text, params)).rows;
    },
    execute: async (text, params) => {
      signal?.throwIfAborted();
      return (await tx.query(text, params)).affectedRows ?? 0;
    },
    async copy(table, columns, stages) {
      signal?.throwIfAborted();
      const statement = `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`;
      let pending: string[] = [];
      let size = 0;
      let flushing: Promise<unknown> = Promise.resolve();
      const flush = async () => {
        if (size === 0) return;
        const blob = new Blob(pending);
        pending = [];
        size = 0;
        await (flushing = tx.query(statement, [], { blob }));
      };
      const sink = new Writable({
        decodeStrings: false,
        write(chunk: string | Buffer, _encoding, done) {
          const text = chunk.toString();
          pending.push(text);
          size += text.length;
          if (size < PGLITE_COPY_CHARS) return done();
          flush().then(() => done(), done);
        },
        final(done) {
          flush().then(() => done(), done);
        },
        // An abort must not let the transaction roll back under a COPY still running in it.
        destroy(error, done) {
          flushing.then(
            () => done(error),
            () => done(error),
          );
        },
      });
      await pipeline([...stages, sink] as unknown as NodeJS.ReadWriteStream[], { signal });
    },
  };
}

/**
 * On abort, the statement running on `client` is cancelled (from another pooled connection, as
 * Postgres requires): a merge of a million rows should not hold a shutdown for its whole length.
 * The cancel is awaited before the next statement, which it could otherwise hit instead; a cancel
 * that arrives between statements is ignored by Postgres. A COPY is ended by its stream instead:
 * destroying it sends CopyFail.
 */
function pgSession(handle: Extract<DatabaseHandle, { kind: 'postgres' }>, client: pg.PoolClient, signal: AbortSignal | undefined): IngestSession {
  const backend = (client as unknown as { processID: number }).processID;
  const run = async (text: string, params?: unknown[]) => {
    signal?.throwIfAborted();
    let cancelled: Promise<unknown> | undefined;
    const cancel = () => {
      cancelled = handle.client.query('SELECT pg_cancel_backend($1)', [backend]).catch(() => {});
    };
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      return await client.query(text, params);
    } finally {
      signal?.removeEventListener('abort', cancel);
      await cancelled;
    }
  };
  return {
    query: async <T>(text: string, params?: unknown[]) => (await run(text, params)).rows as T[],
    execute: async (text, params) => (await run(text, params)).rowCount ?? 0,
    copy: async (table, columns, stages) => {
      signal?.throwIfAborted();
      const copy = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
      await pipeline([...stages, copy] as unknown as NodeJS.ReadWriteStream[], { signal });
    },
  };
}

/**
 * Runs `work` in one transaction on a connection of its own: committed if it returns, rolled back if
 * it throws. Once `signal` aborts, the session's next statement, or the COPY running, fails with
 * the signal's reason (or an AbortError), and so rolls the transaction back.
 */
export async function inIngestTransaction<T>(handle: DatabaseHandle, work: (session: IngestSession) => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (handle.kind === 'pglite') return handle.client.transaction((tx) => work(pgliteSession(tx, signal)));
  const client = await handle.client.connect();
  // A dropped connection (pg_terminate_backend, a restart, a failover) fails the running statement,
  // and with it this import; the client's 'error' event, unheard, would end the whole process.
  let lost: Error | undefined;
  const onError = (error: Error) => (lost = error);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(pgSession(handle, client, signal));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    if (!lost) await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.off('error', onError);
    // A broken client is destroyed rather than returned to the pool.
    client.release(lost);
  }
}

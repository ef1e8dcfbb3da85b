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

// PGlite copies from an in-memory blob; chunks of this many characters keep memory bounded.
const PGLITE_COPY_CHARS = 16 * 1024 * 1024;

function pgliteSession(tx: Transaction): IngestSession {
  return {
    query: async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows,
    execute: async (text, params) => (await tx.query(text, params)).affectedRows ?? 0,
    async copy(table, columns, stages) {
      const statement = `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`;
      let pending: string[] = [];
      let size = 0;
      const flush = async () => {
        if (size === 0) return;
        const blob = new Blob(pending);
        pending = [];
        size = 0;
        await tx.query(statement, [], { blob });
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
      });
      await pipeline([...stages, sink] as unknown as NodeJS.ReadWriteStream[]);
    },
  };
}

function pgSession(client: pg.PoolClient): IngestSession {
  return {
    query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    execute: async (text, params) => (await client.query(text, params)).rowCount ?? 0,
    copy: (table, columns, stages) =>
      pipeline([...stages, client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`))] as unknown as NodeJS.ReadWriteStream[]),
  };
}

/** Runs `work` in one transaction on a connection of its own: committed if it returns, rolled back if it throws. */
export async function inIngestTransaction<T>(handle: DatabaseHandle, work: (session: IngestSession) => Promise<T>): Promise<T> {
  if (handle.kind === 'pglite') return handle.client.transaction((tx) => work(pgliteSession(tx)));
  const client = await handle.client.connect();
  // A dropped connection (pg_terminate_backend, a restart, a failover) fails the running statement,
  // and with it this import; the client's 'error' event, unheard, would end the whole process.
  let lost: Error | undefined;
  const onError = (error: Error) => (lost = error);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(pgSession(client));
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

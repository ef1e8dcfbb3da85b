import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseHandle } from '../db/client.js';

/** What the import needs of a database: statements and a bulk COPY, inside one transaction. */
export type IngestSession = {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** COPY rows into `table` (CSV); returns how many were copied. */
  copy(table: string, columns: readonly string[], rows: AsyncIterable<unknown[]>): Promise<number>;
};

// PGlite copies from an in-memory blob; chunks keep memory bounded on large files.
const PGLITE_COPY_CHUNK = 100_000;

function pgliteSession(tx: Transaction): IngestSession {
  return {
    query: async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows,
    async copy(table, columns, rows) {
      let count = 0;
      let chunk: unknown[][] = [];
      const flush = async () => {
        if (chunk.length === 0) return;
        const blob = new Blob([stringifySync(chunk)]);
        await tx.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob });
        count += chunk.length;
        chunk = [];
      };
      for await (const row of rows) {
        chunk.push(row);
        if (chunk.length >= PGLITE_COPY_CHUNK) await flush();
      }
      await flush();
      return count;
    },
  };
}

function pgSession(client: pg.PoolClient): IngestSession {
  return {
    query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    async copy(table, columns, rows) {
      let count = 0;
      const counted = async function* () {
        for await (const row of rows) {
          count++;
          yield row;
        }
      };
      await pipeline(Readable.from(counted()), stringify(), client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`)));
      return count;
    },
  };
}

/** Runs `work` in one transaction on a connection of its own: committed if it returns, rolled back if it throws. */
export async function inIngestTransaction<T>(handle: DatabaseHandle, work: (session: IngestSession) => Promise<T>): Promise<T> {
  if (handle.kind === 'pglite') return (handle.client as PGlite).transaction((tx) => work(pgliteSession(tx)));
  const client = await handle.client.connect();
  try {
    await client.query('BEGIN');
    const result = await work(pgSession(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isProcessRunning } from '../process-alive.js';
import { uploadInterrupted, uploadTooLarge } from './limits.js';

export type Spool = { path: string; bytes: number; sha256: string; gzip: boolean; remove(): Promise<void> };

/**
 * Copies the input to a temporary file first. The database transaction then starts only once an
 * upload has fully arrived (a slow client holds no locks), the size is known for progress, and the
 * file can be read twice when a first import has to fall back to the staged path.
 */
export async function spoolInput(source: Readable, maxBytes: number, signal?: AbortSignal): Promise<Spool> {
  // The pid in the name lets a later start tell an abandoned spool from another process's running one.
  const dir = await mkdtemp(join(tmpdir(), `${SPOOL_PREFIX}${process.pid}-`));
  const path = join(dir, 'input');
  const hash = createHash('sha256');
  let bytes = 0;
  const remove = () => rm(dir, { recursive: true, force: true });
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(uploadTooLarge(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  // The source is piped, not part of the pipeline: a pipeline would destroy it on the limit, and
  // destroying an HTTP request closes its socket before the 413 can be sent. The error handler
  // answers with Connection: close instead, and Node discards the rest of the upload.
  // The client's side failing (it hung up mid-upload: ECONNRESET, 'aborted') is the upload's fault,
  // not the database's, and must not read as an outage in the logs or the release record.
  source.on('error', () => counter.destroy(uploadInterrupted()));
  source.pipe(counter);
  try {
    // An abort ends the copy but, like the limit, leaves the source to the error handler.
    await pipeline(counter, createWriteStream(path), { signal });
  } catch (error) {
    source.unpipe(counter);
    await remove();
    throw error;
  }
  return { path, bytes, sha256: hash.digest('hex'), gzip: await startsWithGzipMagic(path), remove };
}

/** gzip is recognised by its magic bytes, whatever the file is called. */
async function startsWithGzipMagic(path: string): Promise<boolean> {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await file.close();
  }
}

const SPOOL_PREFIX = 'trade-import-';

/**
 * Removes the spool directories of processes that are gone (a crash or SIGKILL mid-import leaves its
 * copy of the upload behind); those of running processes stay. Run at start-up. Answers how many.
 */
export async function removeAbandonedSpools(dir: string = tmpdir()): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(/^trade-import-(\d+)-/.exec(name)?.[1]);
    // This process has no spools yet at start-up: one with its pid is a crashed predecessor's (in a
    // container every start is pid 1, and /tmp survives a restart).
    if (!Number.isInteger(pid) || pid <= 0 || (pid !== process.pid && isProcessRunning(pid))) continue;
    await rm(join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

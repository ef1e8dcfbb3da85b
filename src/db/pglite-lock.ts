import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessRunning } from '../process-alive.js';

/**
 * One process per embedded data directory: PGlite is single-process, and a second one (`npm run
 * cli` while `npm start` runs) would work on a copy that the first then overwrites. The lock is a
 * file holding the owner's pid. It goes stale only when that process is gone: never because the
 * owner is busy (PGlite runs on the main thread, and a long COPY blocks it for seconds, which would
 * make a lock refreshed by a timer look abandoned).
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, 'trade-api.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx' });
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isProcessRunning(owner)) {
      throw new DataDirInUseError(dataDir, owner);
    }
    // Left by a process that is gone (or unreadable): take it over.
    await rm(path, { force: true });
  }
  throw new DataDirInUseError(dataDir, null);
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number | null) {
    super(
      `the embedded database in ${dataDir} is in use by ${pid === null ? 'another process' : `process ${pid}`} (is \`npm start\` running?). ` +
        'Stop it first, or point DATABASE_URL at a Postgres server, which many processes can share.',
    );
    this.name = 'DataDirInUseError';
  }
}

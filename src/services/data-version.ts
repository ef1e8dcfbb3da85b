import type { Database } from '../db/client.js';
import { releaseVersion } from '../queries/releases.js';

// Another process (the CLI, a second instance) may import at any moment; a version at most this
// old is a good price for not asking the database on every request.
const MAX_AGE_MS = 1_000;

/**
 * The version of the data answers are made from (queries/releases.ts releaseVersion). Reference
 * data (countries, groups) changes only with a new version of the service, which the ETag covers
 * separately.
 */
export class DataVersion {
  private cached: { value: string; at: number } | null = null;
  private pending: Promise<string> | null = null;
  /** Bumped by invalidate(): a lookup begun before it must not store what it read. */
  private generation = 0;

  constructor(private readonly db: Database) {}

  /** The version if it was looked up less than MAX_AGE_MS ago, else null: lets the common case skip a promise. */
  fresh(): string | null {
    return this.cached && Date.now() - this.cached.at < MAX_AGE_MS ? this.cached.value : null;
  }

  async current(): Promise<string> {
    const fresh = this.fresh();
    if (fresh !== null) return fresh;
    // Concurrent requests share one lookup.
    if (this.pending === null) {
      const generation = this.generation;
      this.pending = releaseVersion(this.db)
        .then((value) => {
          if (generation === this.generation) this.cached = { value, at: Date.now() };
          return value;
        })
        .finally(() => (this.pending = null));
    }
    return this.pending;
  }

  /** After an import in this process: the next request looks again. */
  invalidate(): void {
    this.cached = null;
    this.pending = null;
    this.generation++;
  }
}

/**
 * Whether data at version `a` lacks something data at version `b` has: a replica at `a` has not yet
 * replayed a release the primary at `b` committed or recorded (the two numbers of releaseVersion
 * only grow).
 */
export function isBehind(a: string, b: string): boolean {
  const [committedA = 0, lastA = 0] = a.split('.').map(Number);
  const [committedB = 0, lastB = 0] = b.split('.').map(Number);
  return committedA < committedB || lastA < lastB;
}

import type { Database } from '../db/client.js';
import { committedReleaseCount } from '../queries/releases.js';

// Another process (the CLI, a second instance) may import at any moment; a version at most this
// old is a good price for not asking the database on every request.
const MAX_AGE_MS = 1_000;

/**
 * The version of the data answers are made from: the position of the last committed release.
 * Reference data (countries, groups) changes only with a new version of the service, whose start
 * the ETag covers separately.
 */
export class DataVersion {
  private cached: { value: number; at: number } | null = null;
  private pending: Promise<number> | null = null;

  constructor(private readonly db: Database) {}

  async current(): Promise<number> {
    if (this.cached && Date.now() - this.cached.at < MAX_AGE_MS) return this.cached.value;
    // Concurrent requests share one lookup.
    this.pending ??= committedReleaseCount(this.db)
      .then((value) => {
        this.cached = { value, at: Date.now() };
        return value;
      })
      .finally(() => (this.pending = null));
    return this.pending;
  }

  /** After an import in this process: the next request looks again. */
  invalidate(): void {
    this.cached = null;
  }
}

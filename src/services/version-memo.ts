/**
 * Results computed from the data, kept for as long as the data stays the same. Each is stored under
 * the data version it was computed at (queries/releases.ts releaseVersion: every import changes it),
 * and a new version drops them all, so a kept result is never older than what a fresh query would
 * read. For aggregates too costly to compute per request (a group's trade reads every report of its
 * members, 10,000 rows a year for the EU) and too costly to keep in a summary table that every import
 * would have to rebuild (docs/benchmarks.md has both measurements).
 *
 * Bounded by weight (the caller's measure of a result's size, e.g. rows), least recently used first
 * out; a computation that fails is not kept, and concurrent requests for the same key share one.
 */
export class VersionMemo<V> {
  private version: string | null = null;
  private readonly entries = new Map<string, { value: Promise<V>; weight: number }>();
  private totalWeight = 0;

  constructor(
    private readonly maxWeight: number,
    private readonly weigh: (value: V) => number,
  ) {}

  get(version: string, key: string, compute: () => Promise<V>): Promise<V> {
    if (version !== this.version) {
      this.entries.clear();
      this.totalWeight = 0;
      this.version = version;
    }
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept.value;
    }
    const entry = { value: compute(), weight: 0 };
    this.entries.set(key, entry);
    entry.value.then(
      (value) => {
        if (this.entries.get(key) !== entry) return;
        entry.weight = this.weigh(value);
        // Larger than the whole memo: not kept, rather than pushing everything else out.
        if (entry.weight > this.maxWeight) {
          this.entries.delete(key);
          return;
        }
        this.totalWeight += entry.weight;
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry.value;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.totalWeight <= this.maxWeight) return;
      this.entries.delete(key);
      this.totalWeight -= entry.weight;
    }
  }
}

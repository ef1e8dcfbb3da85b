import type { Database, ReplicaHandle } from '../db/client.js';
import { SHIPPED_MIGRATIONS } from '../db/migrate.js';
import { isDatabaseUnavailable, isServerFailure, isUnreachable } from '../db/unavailable.js';
import { appliedMigrationCount } from '../queries/health.js';
import type { AppContext } from './context.js';
import type { CountryDirectory } from './country-directory.js';
import { DataVersion, isBehind } from './data-version.js';

/** Where a read runs: what answers take (AppContext), plus the version of that database's data, which its ETag names. */
export type ReadTarget = AppContext & { readonly name: string; readonly version: DataVersion };

/** Why a read went where it went: `db_reads_total`'s reason label. */
export type ReadReason = 'replica_current' | 'replicas_lagging' | 'replicas_migrating' | 'replicas_down' | 'primary_busy';

export type ReadChoice = { target: ReadTarget; reason: ReadReason };

export type ReplicaState = { name: string; state: 'current' | 'lagging' | 'migrations_pending' | 'unreachable' };

type Log = { warn(fields: object, message: string): void };

// A replica that failed is asked again after this long (Retry-After is 5 s too). The primary's
// version, after a failure, after 1 s: DataVersion's own age, so the freshness bound stays 1 s.
const REPLICA_RETRY_MS = 5_000;
const PRIMARY_RETRY_MS = 1_000;
const PRIMARY_BUSY = Symbol('primary busy');
// A replica without this version's migrations is asked again at most this often.
const SCHEMA_RECHECK_MS = 1_000;

class Replica implements ReadTarget {
  readonly name: string;
  readonly db: Database;
  readonly version: DataVersion;
  downUntil = 0;
  #schema: { at: number; ok: Promise<boolean> } | null = null;
  #migrated = false;

  constructor(
    private readonly handle: ReplicaHandle,
    readonly countries: CountryDirectory,
  ) {
    this.name = handle.name;
    this.db = handle.db;
    this.version = new DataVersion(handle.db);
  }

  /** Connections in use plus requests waiting for one: the least busy replica gets the next read. */
  busy(): number {
    const pool = this.handle.client;
    return pool.totalCount - pool.idleCount + pool.waitingCount;
  }

  /** Whether the replica has replayed every migration this version ships (new code on an old schema would fail). Once true, true. */
  async migrated(): Promise<boolean> {
    if (this.#migrated) return true;
    const now = Date.now();
    if (this.#schema === null || now - this.#schema.at >= SCHEMA_RECHECK_MS) {
      this.#schema = { at: now, ok: appliedMigrationCount(this.db).then((n) => (this.#migrated = n >= SHIPPED_MIGRATIONS)) };
    }
    return this.#schema.ok;
  }

  markDown(): void {
    this.downUntil = Date.now() + REPLICA_RETRY_MS;
    // Its next use asks it afresh instead of trusting what it answered before it failed.
    this.version.invalidate();
    this.#schema = null;
  }
}

/**
 * Sends each read (GET under /v1) to a streaming replica, or to the primary when no replica may
 * answer it. The rule: a replica answers only when it has replayed every release the primary had
 * when this instance last asked it (at most 1 s ago, and at once after an import through this
 * instance, which invalidates the primary's version). So an import's client reads it back at once
 * through the instance that took it, and through any instance within 1 s, however far a replica
 * lags; a lagging replica costs the primary some reads, never a stale answer beyond that second.
 * With the primary unreachable, replicas answer without the check: nothing newer can be read anyway.
 * A replica that fails is left out for REPLICA_RETRY_MS; with none left, the primary answers.
 */
export class ReadRouting {
  readonly #replicas: Replica[];
  #next = 0;
  #primaryDownUntil = 0;

  constructor(
    readonly primary: ReadTarget,
    replicas: ReplicaHandle[],
    private readonly log: Log,
  ) {
    this.#replicas = replicas.map((r) => new Replica(r, primary.countries));
  }

  async choose(): Promise<ReadChoice> {
    const primaryVersion = await this.#primaryVersion();
    // Busy is not down: its version unknown, no replica can be shown current, and the primary answers (or 503s).
    if (primaryVersion === PRIMARY_BUSY) return { target: this.primary, reason: 'primary_busy' };
    let reason: ReadReason = 'replicas_down';
    for (const replica of this.#candidates()) {
      try {
        if (!(await replica.migrated())) {
          if (reason === 'replicas_down') reason = 'replicas_migrating';
          continue;
        }
        const version = await replica.version.current();
        if (primaryVersion === null || !isBehind(version, primaryVersion)) return { target: replica, reason: 'replica_current' };
        reason = 'replicas_lagging';
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        this.#markDown(replica, error);
      }
    }
    return { target: this.primary, reason };
  }

  /** A read that failed on its replica because the server failed: the replica is left out for a while. */
  readFailed(target: ReadTarget, error: unknown): void {
    if (target instanceof Replica && isServerFailure(error)) this.#markDown(target, error);
  }

  /** Each replica's state (GET /ready): reachable and migrated asked now, lag as of its version's last lookup. */
  async replicaStates(primaryReachable = true): Promise<ReplicaState[]> {
    // With the primary known to be down, asking it again would only wait for the same failure.
    const primaryVersion = primaryReachable ? await this.primary.version.current().catch(() => null) : null;
    return Promise.all(
      this.#replicas.map(async (replica): Promise<ReplicaState> => {
        try {
          if ((await appliedMigrationCount(replica.db)) < SHIPPED_MIGRATIONS) return { name: replica.name, state: 'migrations_pending' };
          const version = await replica.version.current();
          return { name: replica.name, state: primaryVersion !== null && isBehind(version, primaryVersion) ? 'lagging' : 'current' };
        } catch {
          return { name: replica.name, state: 'unreachable' };
        }
      }),
    );
  }

  /**
   * The primary's data version; null while it cannot be reached (rechecked after PRIMARY_RETRY_MS), so
   * replicas answer; PRIMARY_BUSY when it is reachable but did not answer in time (pool or statement
   * timeout): then a replica's lag cannot be judged, and just after an import it is behind.
   */
  async #primaryVersion(): Promise<string | null | typeof PRIMARY_BUSY> {
    if (Date.now() < this.#primaryDownUntil) return null;
    try {
      return await this.primary.version.current();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      if (!isUnreachable(error)) return PRIMARY_BUSY;
      this.#primaryDownUntil = Date.now() + PRIMARY_RETRY_MS;
      return null;
    }
  }

  /** The replicas not left out, least busy first; among equals, round-robin (the sort is stable). */
  #candidates(): Replica[] {
    const now = Date.now();
    const start = this.#next++ % this.#replicas.length;
    const rotated = [...this.#replicas.slice(start), ...this.#replicas.slice(0, start)];
    return rotated.filter((r) => r.downUntil <= now).sort((a, b) => a.busy() - b.busy());
  }

  #markDown(replica: Replica, error: unknown): void {
    if (replica.downUntil <= Date.now()) this.log.warn({ err: error, replica: replica.name }, 'read replica unavailable: reads go elsewhere for a while');
    replica.markDown();
  }
}

import pg from 'pg';
import { cpuSeconds } from './server-process.js';

/**
 * CPU seconds spent by the Postgres backends of one client (by its application_name): the database's
 * share of an answer, beside the server's own. Backends come and go with the pool (idle ones close
 * after 10 s), so a backend that appears during a span counts in full and one present before counts
 * from its CPU then. Postgres runs on this machine, so /proc has its processes.
 */
export class DatabaseCpu {
  private constructor(private readonly client: pg.Client) {}

  static async connect(url: string): Promise<DatabaseCpu> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return new DatabaseCpu(client);
  }

  /** CPU seconds per backend of `applicationName` right now. */
  async snapshot(applicationName: string): Promise<Map<number, number>> {
    const { rows } = await this.client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
    const cpu = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        cpu.set(pid, cpuSeconds(pid));
      } catch {
        // Gone between the query and the read: it used nothing more that we could count.
      }
    }
    return cpu;
  }

  /** CPU seconds used since `before` by the backends of `applicationName`. */
  async since(applicationName: string, before: Map<number, number>): Promise<number> {
    let used = 0;
    for (const [pid, seconds] of await this.snapshot(applicationName)) used += seconds - (before.get(pid) ?? 0);
    return used;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

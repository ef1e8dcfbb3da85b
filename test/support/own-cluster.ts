import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The newest installed PostgreSQL's bin directory (Debian layout), or null when there is none. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb')));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest === undefined ? null : join(root, newest, 'bin');
}

export type OwnCluster = Awaited<ReturnType<typeof ownCluster>>;

/**
 * A Postgres cluster of the test's own, on a spare port below the ephemeral range, so a test may
 * stop and start it (the shared server on 5432 is never touched). Postgres refuses to run as root:
 * when the tests do, the cluster belongs to the `postgres` user. initdb's trust authentication also
 * admits replication connections from 127.0.0.1, and wal_level is `replica` by default: the
 * cluster can be the primary of ownReplica.
 */
export async function ownCluster(bin: string, port: number) {
  const { dir, data, as } = await clusterDir(bin);
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']).catch(removing(dir));
  return started(as, dir, data, port);
}

/**
 * A hot standby of `primary` (pg_basebackup -R: a copy of its data directory that streams the
 * primary's WAL from then on), on its own port; stopped and removed like ownCluster.
 */
export async function ownReplica(bin: string, primary: OwnCluster, port: number) {
  const { dir, data, as } = await clusterDir(bin);
  await as('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    data,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
    '--no-sync',
  ]).catch(removing(dir));
  return started(as, dir, data, port);
}

/** Ports nobody listens on, below 32768 (Linux hands out ephemeral ports above it, so a client cannot take them meanwhile). */
export async function sparePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < count) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (!ports.includes(port) && (await isFree(port))) ports.push(port);
  }
  return ports;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

type As = (cmd: string, args: string[]) => Promise<unknown>;

async function clusterDir(bin: string): Promise<{ dir: string; data: string; as: As }> {
  const dir = await mkdtemp(join(tmpdir(), 'trade-api-cluster-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await chown(dir, ...(await postgresIds()));
  const as: As = (cmd, args) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]) : run(join(bin, cmd), args));
  return { dir, data: join(dir, 'data'), as };
}

/** A failure's handler that removes the half-made cluster directory before passing the error on. */
const removing = (dir: string) => async (error: unknown) => {
  await rm(dir, { recursive: true, force: true });
  throw error;
};

async function started(as: As, dir: string, data: string, port: number) {
  const pgCtl = (action: 'start' | 'stop') =>
    as('pg_ctl', [
      '-D',
      data,
      '-w',
      '-l',
      join(dir, 'log'),
      ...(action === 'start' ? ['-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start'] : ['-m', 'immediate', 'stop']),
    ]);
  await pgCtl('start').catch(removing(dir));
  return {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => pgCtl('start'),
    stop: () => pgCtl('stop'),
    async destroy() {
      await pgCtl('stop').catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function postgresIds(): Promise<[number, number]> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return [Number(uid), Number(gid)];
}

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const READY_WITHIN_MS = 60_000;
const STOP_WITHIN_MS = 15_000;
const KEPT_LOG_LINES = 200;

export type ServerProcess = {
  url: string;
  pid: number;
  /** Set once the process has exited (a crash mid-run is a failure, not a quiet end). */
  exit: { code: number | null; signal: string | null } | null;
  /** Its first warn/error log lines (LOG_LEVEL=warn), to show what went wrong, and how many there were. */
  logLines: string[];
  logLineCount: number;
  stop: () => Promise<void>;
};

/** A port free right now: the server is given one rather than PORT=0 so its address is known without parsing logs. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * `node src/start.mjs` as `npm start` runs it (or another server `script`, run through tsx, that answers
 * GET /ready), in a process of its own so the load generator neither shares its event loop nor its
 * heap (its RSS is the server's alone).
 */
export async function startServer(env: Record<string, string>, script = 'src/start.mjs'): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, script.endsWith('.mjs') ? [script] : ['--import', 'tsx', script], {
    cwd: REPO,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    exit: null,
    logLines: [],
    logLineCount: 0,
    stop: async () => {
      if (server.exit) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_WITHIN_MS);
      await exited;
      clearTimeout(timer);
    },
  };
  // Kept to the first few: a failure logged on every request must not fill this process's memory.
  const collect = (line: string) => {
    if (line.trim() === '') return;
    server.logLineCount++;
    if (server.logLines.length < KEPT_LOG_LINES) server.logLines.push(line);
  };
  createInterface({ input: child.stdout }).on('line', collect);
  createInterface({ input: child.stderr }).on('line', collect);
  child.on('exit', (code, signal) => (server.exit = { code, signal }));

  try {
    await waitUntilReady(server);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilReady(server: ServerProcess): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (server.exit) throw new Error(`the server exited before it was ready (${JSON.stringify(server.exit)}):\n${server.logLines.join('\n')}`);
    const status = await fetch(`${server.url}/ready`).then(
      async (res) => (await res.arrayBuffer(), res.status),
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server was not ready within ${READY_WITHIN_MS / 1000} s:\n${server.logLines.join('\n')}`);
}

/** Resident set size in bytes, from /proc (Linux): what the machine actually gives the process. */
export function residentBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** CPU seconds (user + system) the process has used so far, from /proc/<pid>/stat; clock ticks are 100 a second on Linux. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces, hence from the last ')'); utime and stime are the 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

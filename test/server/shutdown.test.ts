import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import pg from 'pg';
import t from 'tap';
import type { DatabaseConfig } from '../../src/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { importFlows } from '../../src/ingest/import.js';
import { ProblemError } from '../../src/problem.js';
import { buildCountryRows } from '../../src/reference/countries.js';
import { createApiKey } from '../../src/services/api-keys.js';
import { ImportsInFlight } from '../../src/services/releases.js';
import { BACKEND, FIXTURES, build, freshDatabase } from '../helper.js';
import { childProcessEnv, cli, cliEnv } from '../run-cli.js';

// Long enough for a loaded machine; the process must exit by itself (code 0) well within it.
const GRACE_MS = 20_000;

/**
 * A valid canonical file of `years` x ~40,000 rows. On PGlite the COPY goes in chunks of 4M
 * characters (~90,000 rows) and the event loop sees SIGTERM only between them: the file must leave
 * chunks to go when it does.
 */
function bigFile(years: number): string {
  const codes = buildCountryRows()
    .filter((c) => !c.historical)
    .map((c) => c.iso3);
  const lines = ['reporter,partner,year,flow,commodity,value_usd,estimated'];
  for (let year = 2020 - years + 1; year <= 2020; year++) {
    for (const reporter of codes)
      for (const partner of codes) if (reporter !== partner) lines.push(`${reporter},${partner},${year},export,TOTAL,${year}.5,false`);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'shutdown-')), 'big.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

// As browsers, dashboards and proxies do: a socket busy when the server begins to close must not hold it open.
const keepAlive = new Agent({ keepAlive: true });

/** One HTTP request on a kept-alive connection; a reset connection rejects. */
function send(url: string, opts: { method?: string; headers?: Record<string, string>; body?: Readable } = {}): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent: keepAlive }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (opts.body) opts.body.pipe(req);
    else req.end();
  });
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Rows of `sql` in a database (the server's) on Postgres. */
async function pgRows<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Rows of plain SQL on either backend. */
async function rows<T>(handle: DatabaseHandle, sql: string): Promise<T[]> {
  return handle.kind === 'pglite' ? (await handle.client.query<T>(sql)).rows : ((await handle.client.query(sql)).rows as T[]);
}

async function afterwards(database: DatabaseConfig) {
  const handle = await openDatabase(database);
  try {
    return {
      flows: (await rows<{ n: number }>(handle, 'SELECT count(*)::int AS n FROM trade_flows'))[0]!.n,
      releases: await rows<{ status: string; failure_reason: string | null }>(handle, 'SELECT status, failure_reason FROM releases ORDER BY id'),
    };
  } finally {
    await handle.close();
  }
}

t.test('SIGTERM: the running import rolls back and answers 503, a request in flight finishes, the process exits 0', async (t) => {
  const database = await freshDatabase(t);
  // Load shedding off: on PGlite each COPY chunk holds the event loop for a second or more, and the
  // GET in flight would rightly be shed (503) when it ends; this test is about the shutdown.
  const env = {
    ...cliEnv(database),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DEMO_DATA: 'never',
    SHUTDOWN_GRACE_MS: String(GRACE_MS),
    MAX_EVENT_LOOP_DELAY_MS: '0',
  };
  // Before the server starts: it holds an embedded database's directory for itself.
  const key = (await cli(env, 'keys', 'create', '--name', 'shutdown')).stdout.trim().split('\n').at(-1)!;

  // As `npm start` runs it: bundled by src/start.mjs.
  const server = spawn(process.execPath, ['src/start.mjs'], { env: childProcessEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(server, 'exit') as Promise<[number | null, string | null]>;
  t.teardown(() => {
    if (server.exitCode === null) server.kill('SIGKILL');
  });
  let log = '';
  server.stdout.on('data', (c: Buffer) => (log += c.toString()));
  server.stderr.on('data', (c: Buffer) => (log += c.toString()));
  const file = bigFile(BACKEND === 'pglite' ? 10 : 12); // while the server starts
  await until('the server listens', () => /Server listening at http:\/\/127\.0\.0\.1:\d+/.test(log) || server.exitCode !== null);
  const base = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1];
  if (!base) throw new Error(`the server did not start:\n${log}`);
  t.equal((await send(`${base}/ready`)).status, 200, 'ready');

  const started = Date.now();
  const upload = send(`${base}/v1/imports?format=canonical&source=imf-imts&fileName=big.csv`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
    body: createReadStream(file),
  });
  const spools = () => readdirSync(tmpdir()).filter((n) => n.startsWith(`trade-import-${server.pid}-`));
  if (database.kind === 'postgres') {
    await until('the import COPYs', async () => (await pgRows(database.url, COPYING)).length > 0);
  } else {
    // PGlite runs each COPY chunk on the event loop: a /health answered a second late shows one ran.
    await until('a COPY chunk holds the server', async () => {
      const asked = Date.now();
      await send(`${base}/health`);
      return Date.now() - asked > 1000;
    });
  }

  // On Postgres the test holds a lock the GET needs, so that it is certainly in flight at SIGTERM;
  // on PGlite the GET waits anyway, for the import's transaction to end.
  const blocker = database.kind === 'postgres' ? new pg.Client({ connectionString: database.url }) : null;
  if (blocker) {
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE group_members IN ACCESS EXCLUSIVE MODE');
  }
  const get = send(`${base}/v1/groups`);
  await until('the server has the GET', () => /"url":"\/v1\/groups".*"msg":"incoming request"/.test(log));
  const sigterm = Date.now();
  server.kill('SIGTERM');

  const imported = await upload;
  if (blocker) {
    t.same((await blocker.query(LEFT_IN_TRANSACTION)).rows, [], 'the import rolled back and gave its connection back');
    await blocker.end();
  }
  const listed = await get;
  const [code, signal] = await exited;
  const shutdownMs = Date.now() - sigterm;
  t.comment(`SIGTERM ${sigterm - started} ms into the import; the process exited ${shutdownMs} ms later`);

  t.equal(imported.status, 503, `the import is answered 503 (${imported.body})`);
  t.match(imported.headers['content-type'], /^application\/problem\+json/);
  t.equal(imported.headers['retry-after'], '5');
  t.match(JSON.parse(imported.body), { type: '/problems/service-unavailable', status: 503, detail: /shutting down.*nothing was written.*again/ });
  t.equal(imported.headers.connection, 'close');
  t.equal(listed.status, 200, 'the GET in flight finishes');
  t.equal(listed.headers.connection, 'close', 'and its socket is not kept for another');
  t.ok((JSON.parse(listed.body) as { data: unknown[] }).data.length > 0);
  // close-with-grace exits with code 1 once SHUTDOWN_GRACE_MS is over: code 0 is the bound kept.
  t.same([code, signal], [0, null], `the process exits by itself with code 0:\n${code === 0 ? '' : log}`);
  t.same(spools(), [], 'the spooled upload is removed');

  const after = await afterwards(database);
  t.equal(after.flows, 0, 'nothing of the import was written');
  t.match(after.releases, [{ status: 'failed', failure_reason: /shutting down/ }], 'the import is on record as failed, saying why');
  t.equal(after.releases.length, 1);
});

// The server's process collects no coverage (test/run-cli.ts): these run the same paths in this one.
t.test('app.close() with an upload arriving: the import stops, answers 503 and is recorded before close() returns', async (t) => {
  const app = await build(t);
  const { key } = await createApiKey(app.db, 'close');
  const endless = new Readable({
    read() {
      this.push('reporter,partner,year,flow,commodity,value_usd,estimated\n');
    },
  });
  const answer = app.inject({
    method: 'POST',
    url: '/v1/imports?format=canonical&source=imf-imts',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
    payload: endless,
  });
  await until('the upload is being spooled', () => readdirSync(tmpdir()).some((n) => n.startsWith(`trade-import-${process.pid}-`)));
  await app.close();
  const res = await answer;
  endless.destroy();
  t.equal(res.statusCode, 503);
  t.equal(res.headers['retry-after'], '5');
  t.match(res.json(), { type: '/problems/service-unavailable', detail: /shutting down/ });
  t.match(await rows(app.dbHandle, 'SELECT status, failure_reason FROM releases'), [{ status: 'failed', failure_reason: /shutting down/ }]);
});

t.test('an aborted import throws the reason, writes nothing and is recorded as failed', async (t) => {
  const app = await build(t);
  const controller = new AbortController();
  const reason = new ProblemError('unavailable', 'stopped: shutting down');
  const failure = await importFlows(app.dbHandle, createReadStream(new URL('ingest/imf-dots.csv', FIXTURES)), {
    format: 'imf-dots',
    source: 'imf-dots',
    onError: 'abort',
    fileName: null,
    signal: controller.signal,
    // The last progress report comes after the COPY, inside the transaction.
    onProgress: () => controller.abort(reason),
  }).catch((e: unknown) => e);
  t.equal(failure, reason);
  t.same(await rows(app.dbHandle, 'SELECT count(*)::int AS n FROM trade_flows'), [{ n: 0 }]);
  t.same(await rows(app.dbHandle, 'SELECT status, failure_reason FROM releases'), [{ status: 'failed', failure_reason: 'stopped: shutting down' }]);
});

t.test('an import started once shutting down is stopped at once', async (t) => {
  const inFlight = new ImportsInFlight();
  await inFlight.shutDown();
  const reason = await inFlight.run(async (signal) => signal.reason as unknown);
  t.match(reason, { status: 503, message: /shutting down/ });
});

t.test(
  'an abort cancels the statement an import waits on',
  { skip: BACKEND !== 'postgres' && 'Postgres only: PGlite runs one statement at a time, to its end' },
  async (t) => {
    const app = await build(t);
    const { url } = app.config.database as { url: string };
    // Another import of the source would hold this lock: the import waits for it, inside its transaction.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    t.teardown(() => holder.end());
    await holder.query(`SELECT pg_advisory_lock(hashtext('import:imf-dots'))`);
    const controller = new AbortController();
    const reason = new ProblemError('unavailable', 'stopped: shutting down');
    const failure = importFlows(app.dbHandle, createReadStream(new URL('ingest/imf-dots.csv', FIXTURES)), {
      format: 'imf-dots',
      source: 'imf-dots',
      onError: 'abort',
      fileName: null,
      signal: controller.signal,
    }).catch((e: unknown) => e);
    await until('the import waits for the lock', async () => ((await holder.query(WAITING_FOR_SOURCE)).rowCount ?? 0) > 0);
    controller.abort(reason);
    t.equal(await failure, reason, 'stopped while it waited');
    t.same((await holder.query(WAITING_FOR_SOURCE)).rows, [], 'its statement was cancelled');
    t.same(await rows(app.dbHandle, 'SELECT status, failure_reason FROM releases'), [{ status: 'failed', failure_reason: 'stopped: shutting down' }]);
  },
);

const WAITING_FOR_SOURCE = `SELECT pid FROM pg_stat_activity
  WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock' AND query LIKE '%pg_advisory_xact_lock%'`;
const COPYING = `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE 'COPY trade_flows%'`;
const LEFT_IN_TRANSACTION = `SELECT pid, state, query FROM pg_stat_activity
  WHERE datname = current_database() AND pid <> pg_backend_pid() AND (state LIKE 'idle in transaction%' OR query LIKE 'COPY%')`;

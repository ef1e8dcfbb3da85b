import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import t from 'tap';
import { DEFAULT_IMPORT_LIMITS } from '../../src/ingest/limits.js';
import { MAX_REASON_CHARS } from '../../src/ingest/reason.js';
import { createApiKey } from '../../src/services/api-keys.js';
import { build, importText } from '../helper.js';

const HEADER = 'reporter,partner,year,flow,value_usd\n';
const ROW = 'KAZ,UZB,2020,export,100\n';

/** Releases as GET /v1/releases lists them: a refused import leaves one with status 'failed'. */
const releaseStatuses = async (app: Awaited<ReturnType<typeof build>>) =>
  (await app.inject('/v1/releases')).json().data.map((r: { status: string; failureReason: string | null }) => [r.status, r.failureReason]);

t.test('an upload over IMPORT_MAX_UPLOAD_BYTES is answered 413 while it streams, and nothing is written', async (t) => {
  const limit = 64 * 1024;
  const app = await build(t, { config: { imports: { ...DEFAULT_IMPORT_LIMITS, uploadBytes: limit } } });
  const { key } = await createApiKey(app.db, 'test');
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;

  // A client that would send 64 MiB: the answer must come long before, and the server must stop reading.
  const answer = await new Promise<{ status: number; type: string; body: string; sent: number }>((resolve, reject) => {
    const req = request(
      {
        port,
        host: '127.0.0.1',
        method: 'POST',
        path: '/v1/imports?format=canonical&source=imf-dots',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${key}` },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body, sent }));
      },
    );
    req.on('error', reject);
    let sent = 0;
    const chunk = Buffer.from(ROW.repeat(1024));
    const pump = () => {
      while (sent < 64 * 1024 ** 2) {
        sent += chunk.length;
        if (!req.write(chunk)) return req.once('drain', pump);
      }
      req.end();
    };
    req.write(HEADER);
    pump();
  });
  t.equal(answer.status, 413);
  t.match(answer.type, /^application\/problem\+json/);
  t.match(JSON.parse(answer.body), { type: '/problems/payload-too-large', status: 413, detail: /IMPORT_MAX_UPLOAD_BYTES/ });
  t.ok(answer.sent < 64 * 1024 ** 2, `answered after ${answer.sent} bytes of 64 MiB`);
  t.match(await releaseStatuses(app), [['failed', /IMPORT_MAX_UPLOAD_BYTES/]], 'recorded as failed, with the reason');
  t.equal((await app.inject('/v1/flows')).json().data.length, 0);
  t.equal((await app.inject('/health')).statusCode, 200);
});

t.test('a gzip bomb is refused by its compression ratio; nothing is written', async (t) => {
  const app = await build(t);
  // 6 MiB of one valid row repeated gzips to ~6 KB: a ratio near 1000, judged once 4 MiB are out.
  const bomb = gzipSync(Buffer.concat([Buffer.from(HEADER), Buffer.from(ROW.repeat((6 * 1024 ** 2) / ROW.length))]));
  await t.rejects(importText(app, bomb, { format: 'canonical' }), { status: 413, message: /IMPORT_MAX_COMPRESSION_RATIO/ });
  t.match(await releaseStatuses(app), [['failed', /IMPORT_MAX_COMPRESSION_RATIO/]]);
});

t.test('Content-Encoding on an upload: gzip is read by the import under its own limits; other encodings are refused', async (t) => {
  const app = await build(t);
  const { key } = await createApiKey(app.db, 'test');
  const post = (body: Buffer, encoding: string) =>
    app.inject({
      method: 'POST',
      url: '/v1/imports?format=canonical&source=imf-dots',
      payload: body,
      headers: { 'content-type': 'text/csv', 'content-encoding': encoding, authorization: `Bearer ${key}` },
    });
  // Once: the compression plugin inflated such uploads before the import saw them, so this bomb was
  // read whole (and answered 422 for its duplicate rows) past IMPORT_MAX_COMPRESSION_RATIO.
  const bomb = gzipSync(Buffer.concat([Buffer.from(HEADER), Buffer.from(ROW.repeat((6 * 1024 ** 2) / ROW.length))]));
  const refused = await post(bomb, 'gzip');
  t.equal(refused.statusCode, 413);
  t.match(refused.json(), { type: '/problems/payload-too-large', detail: /IMPORT_MAX_COMPRESSION_RATIO/ });

  const brotli = await post(Buffer.from('not really brotli'), 'br');
  t.equal(brotli.statusCode, 415, 'an encoding the import cannot read: 415, not a parse error about the bytes');
  t.match(brotli.headers['content-type'], /^application\/problem\+json/);
  t.match(brotli.json().detail, /^Content-Encoding br is not taken here: send the file as it is, or gzip-compressed/);

  const small = await post(gzipSync(HEADER + ROW), ' GZip ');
  t.equal(small.statusCode, 201, 'a gzip upload sent with Content-Encoding: gzip imports (any case, spaces around)');
  t.match(small.json(), { rowsRead: 1, inserted: 1 });
  const unnamed = await post(Buffer.from(HEADER + 'KAZ,UZB,2019,export,100\n'), '');
  t.equal(unnamed.statusCode, 201, 'an empty Content-Encoding names no encoding');
  t.match(
    await releaseStatuses(app),
    [
      ['completed', null],
      ['completed', null],
      ['failed', /IMPORT_MAX_COMPRESSION_RATIO/],
    ],
    'newest first: the refused encoding left no release behind',
  );
});

t.test('a file over IMPORT_MAX_DECOMPRESSED_BYTES once decompressed: 413', async (t) => {
  const app = await build(t);
  const text = HEADER + ROW.repeat(5000);
  const limits = { ...DEFAULT_IMPORT_LIMITS, decompressedBytes: 10_000 };
  await t.rejects(importText(app, gzipSync(text), { format: 'canonical', limits }), { status: 413, message: /IMPORT_MAX_DECOMPRESSED_BYTES/ });
  await t.rejects(importText(app, text, { format: 'canonical', limits }), { message: /IMPORT_MAX_DECOMPRESSED_BYTES/ }, 'plain files count too');
});

t.test('a file without newlines, or a line over IMPORT_MAX_LINE_BYTES, is an unreadable file', async (t) => {
  const app = await build(t);
  const limits = { ...DEFAULT_IMPORT_LIMITS, lineBytes: 1000 };
  await t.rejects(importText(app, 'x'.repeat(2 * 1024 ** 2), { format: 'canonical' }), {
    status: 400,
    body: { type: '/problems/invalid-file' },
    message: /the record at line 1 is longer than 1048576 bytes/,
  });
  // The bomb of the issue in small: one long line behind gzip.
  await t.rejects(importText(app, gzipSync(HEADER + ROW + 'y'.repeat(5000)), { format: 'canonical', limits }), {
    status: 400,
    message: /the record at line 3 is longer/,
  });
  const fine = await importText(app, HEADER + ROW.repeat(200), { format: 'canonical', onError: 'skip', limits });
  t.equal(fine.rowsRead, 200, 'many short lines in one chunk are fine');
});

t.test('a field over IMPORT_MAX_FIELD_CHARS rejects its row; reasons are cut to a bounded size', async (t) => {
  const app = await build(t);
  const limits = { ...DEFAULT_IMPORT_LIMITS, fieldChars: 100, rejectedSamples: 2 };
  const text = `${HEADER}KAZ,${'U'.repeat(101)},2020,export,1\nKAZ,${'Q'.repeat(90)},2020,export,1\n${'KAZ,UZB,2019,import,1\n'.repeat(3)}KAZ,UZB,2018,export,5\n`;
  const summary = await importText(app, text, { format: 'canonical', onError: 'skip', limits });
  t.equal(summary.rejected, 5, 'the long field, the unknown code and the three duplicates');
  t.equal(summary.rejectedSamples.length, 2, 'only IMPORT_MAX_REJECTED_SAMPLES samples');
  t.match(summary.rejectedSamples[0], { line: 2, reason: 'field 2 is 101 characters long; at most 100 (IMPORT_MAX_FIELD_CHARS)' });
  t.equal(summary.inserted, 1);

  // A code near the field limit quoted in a reason: the reason is cut, in the answer and in the release.
  const long = await importText(app, `${HEADER}KAZ,${'Z'.repeat(4000)},2020,export,1\n`, { format: 'canonical', onError: 'skip', source: 'un-comtrade' });
  const reason = long.rejectedSamples[0]!.reason;
  t.equal(reason.length, MAX_REASON_CHARS);
  t.match(reason, /^unknown partner code 'ZZZ.*…$/);
  const stored = (await app.inject(`/v1/releases/${long.release}`)).json();
  t.equal(stored.rejectedSamples[0].reason.length, MAX_REASON_CHARS);
});

t.test('a row repeated many times names its first five lines, not all of them', async (t) => {
  const app = await build(t);
  const summary = await importText(app, HEADER + ROW.repeat(1000), { format: 'canonical', onError: 'skip' });
  t.equal(summary.rejected, 1000);
  t.equal(summary.rejectedSamples[0]!.reason, 'duplicate: lines 2, 3, 4, 5, 6 and 995 more give the same reporter, partner, year, flow and commodity');
});

t.test('a quote never closed: the lines it swallows are reported, and it cannot grow past the record limit', async (t) => {
  const app = await build(t);
  // Once: a stray quote made the rest of the file one field, and onError=skip dropped it in silence.
  const stray = await importText(app, `${HEADER}KAZ,UZB,2020,export,"12\n${'KAZ,UZB,2019,export,1\n'.repeat(5)}`, { format: 'canonical', onError: 'skip' });
  t.match(stray, { rowsRead: 1, rejected: 1, inserted: 0 });
  t.equal(stray.rejectedSamples[0]!.reason, 'a quoted field that starts at line 2 holds 6 line break(s): is a closing quote missing?');

  // Once: 40 MB inside one quoted field took seconds of CPU per chunk and, at 600 MB, crashed the process.
  const limits = { ...DEFAULT_IMPORT_LIMITS, lineBytes: 10_000 };
  const body = `${HEADER}KAZ,UZB,2020,export,"${'x'.repeat(99)}\n`.padEnd(200_000, 'y'.repeat(99) + '\n');
  await t.rejects(importText(app, body, { format: 'canonical', limits }), {
    status: 400,
    message: /the record at line 2 is longer than 10000 bytes \(IMPORT_MAX_LINE_BYTES\): a quote opened there is never closed/,
  });
  const quoted = await importText(app, `${HEADER}"KAZ","UZB","2018","export","5"\n"KAZ","UZB","2017","export","""6"""\n`, {
    format: 'canonical',
    onError: 'skip',
    limits,
  });
  t.match(quoted, { inserted: 1, rejected: 1 }, 'quoted fields and doubled quotes are read as before');
});

t.test('a client hanging up mid-upload fails that import as an interrupted upload, not as an outage', async (t) => {
  const app = await build(t);
  const { key } = await createApiKey(app.db, 'test');
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const req = request({
    port,
    host: '127.0.0.1',
    method: 'POST',
    path: '/v1/imports?format=canonical&source=imf-dots',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${key}`, 'content-length': String(10 * 1024 ** 2) },
  });
  req.on('error', () => {});
  req.write(HEADER + ROW.repeat(1000));
  let failed: [string, string | null][] = [];
  for (let i = 0; i < 100 && failed.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
    if (i === 5) req.destroy();
    failed = await releaseStatuses(app);
  }
  t.match(failed, [['failed', /The upload ended before the file did/]]);
  t.equal((await app.inject('/health')).statusCode, 200);
});

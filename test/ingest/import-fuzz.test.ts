import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import t from 'tap';
import { queryRows } from '../../src/db/client.js';
import { DEFAULT_IMPORT_LIMITS } from '../../src/ingest/limits.js';
import { FORMATS, FORMAT_NAMES, type FormatName } from '../../src/ingest/formats/index.js';
import { createApiKey } from '../../src/services/api-keys.js';
import { build } from '../helper.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_IMPORT_RUNS ?? 160);

// Limits low enough that bombs, long lines and long fields are met within a few KB, so hundreds of
// files fit in seconds; test/ingest/import-limits.test.ts shows the real defaults at work.
const LIMITS = { ...DEFAULT_IMPORT_LIMITS, uploadBytes: 256 * 1024, decompressedBytes: 512 * 1024, lineBytes: 4096, fieldChars: 512, rejectedSamples: 20 };

const hostileText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.constantFrom(
    '',
    '"',
    '""',
    '"a,b"',
    '\0',
    '\r',
    '\\N',
    '\t',
    'KAZ',
    'UZB',
    '398',
    '2020',
    'export',
    'TOTAL',
    '1e999',
    '0e600000000',
    '-1',
    'NaN',
    '1,5',
    '\uFEFF',
  ),
  fc.integer({ min: 1, max: 2_000 }).map((n) => 'x'.repeat(n)),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
);

/** A file in `format`: its header (sometimes mangled) and rows of real-looking and hostile fields. */
const csvFile = (format: FormatName) =>
  fc
    .record({
      header: fc.oneof(
        { weight: 4, arbitrary: fc.constant(FORMATS[format].requiredColumns) },
        { weight: 1, arbitrary: fc.shuffledSubarray(FORMATS[format].requiredColumns) },
        { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 6 }) },
      ),
      rows: fc.array(fc.array(hostileText, { minLength: 0, maxLength: 8 }), { maxLength: 30 }),
      newline: fc.constantFrom('\n', '\r\n', '\r', ''),
    })
    .map(({ header, rows, newline }) => Buffer.from([header, ...rows].map((r) => r.join(',')).join(newline || '\n') + newline));

type Upload = { format: FormatName; body: Buffer; contentType: string; what: string };

const upload: fc.Arbitrary<Upload> = fc.constantFrom(...FORMAT_NAMES).chain((format) =>
  fc.oneof(
    csvFile(format).map((body) => ({ format, body, contentType: 'text/csv', what: 'csv' })),
    csvFile(format).map((body) => ({ format, body: gzipSync(body), contentType: 'application/gzip', what: 'gzip csv' })),
    fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ format, body: Buffer.from(bytes), contentType: 'application/octet-stream', what: 'random bytes' })),
    csvFile(format).map((body) => {
      const gz = gzipSync(body);
      return { format, body: gz.subarray(0, Math.max(2, gz.length >> 1)), contentType: 'application/gzip', what: 'truncated gzip' };
    }),
    fc
      .integer({ min: 1, max: 8 })
      .map((mib) => ({ format, body: gzipSync(Buffer.alloc(mib * 1024 ** 2, 'a')), contentType: 'application/gzip', what: 'gzip bomb, no newline' })),
    fc.integer({ min: 1, max: 8 }).map((mib) => ({
      format,
      body: gzipSync(Buffer.from(`${FORMATS[format].requiredColumns.join(',')}\n${'1,'.repeat((mib * 1024 ** 2) / 2)}`)),
      contentType: 'application/gzip',
      what: 'gzip bomb of one huge record',
    })),
    fc.integer({ min: 5_000, max: 200_000 }).map((n) => ({ format, body: Buffer.from('z'.repeat(n)), contentType: 'text/csv', what: 'no newline at all' })),
    fc.integer({ min: 600, max: 3_000 }).map((n) => ({
      format,
      body: Buffer.from(`${FORMATS[format].requiredColumns.join(',')}\n${FORMATS[format].requiredColumns.map(() => 'q'.repeat(n)).join(',')}\n`),
      contentType: 'text/csv',
      what: 'huge fields',
    })),
    fc.constant({ format, body: Buffer.alloc(300 * 1024, '\n'), contentType: 'text/csv', what: 'over the upload limit' }),
    fc.integer({ min: 10, max: 3_000 }).map((n) => ({
      format,
      body: Buffer.from(`${FORMATS[format].requiredColumns.join(',')}\n"${'a,b,c\n'.repeat(n)}`),
      contentType: 'text/csv',
      what: 'a quote never closed',
    })),
  ),
);

t.test('hostile files: each answered 201 or a 4xx problem; the process lives; a refused file changes no data', async (t) => {
  const app = await build(t, { config: { imports: LIMITS } });
  const { key } = await createApiKey(app.db, 'fuzz');
  const flowCount = async () => (await queryRows<{ n: number }>(app.db, sql`SELECT count(*)::int AS n FROM trade_flows`))[0]!.n;
  const outcomes = new Map<string, number>();
  let runs = 0;
  t.comment(`seed ${SEED} (FUZZ_SEED=${SEED} reproduces)`);
  await fc.assert(
    fc.asyncProperty(upload, fc.constantFrom('abort', 'skip'), async (u, onError) => {
      runs++;
      const before = await flowCount();
      const res = await app.inject({
        method: 'POST',
        url: `/v1/imports?format=${u.format}&source=un-comtrade&onError=${onError}`,
        payload: u.body,
        headers: { 'content-type': u.contentType, authorization: `Bearer ${key}` },
      });
      const label = `${u.what} (${u.format}, ${u.body.length} bytes, onError=${onError})`;
      const tally = `${res.statusCode} ${res.statusCode < 300 ? '' : String(res.json<{ type: string }>().type)}`;
      outcomes.set(tally, (outcomes.get(tally) ?? 0) + 1);
      if (![201, 400, 413, 422].includes(res.statusCode)) throw new Error(`${label}: answered ${res.statusCode} ${res.body.slice(0, 300)}`);
      if (res.statusCode !== 201) {
        if (!/^application\/problem\+json/.test(String(res.headers['content-type']))) throw new Error(`${label}: a ${res.statusCode} that is not problem+json`);
        const after = await flowCount();
        if (after !== before) throw new Error(`${label}: refused, yet trade_flows went from ${before} to ${after} rows`);
      }
      if ((await app.inject('/health')).statusCode !== 200) throw new Error(`${label}: the service stopped answering`);
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true },
  );
  t.equal(runs, RUNS, `${runs} hostile files`);
  t.comment(`outcomes: ${[...outcomes].map(([k, n]) => `${k.trim()} ×${n}`).join(', ')}`);
  t.ok(outcomes.size >= 3, 'the files met several different defences');
});

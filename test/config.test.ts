import t from 'tap';
import { ConfigError, parseConfig } from '../src/config.js';

t.test('defaults: embedded database in ./data/pglite on port 3000', async (t) => {
  t.match(parseConfig({}), { port: 3000, host: '127.0.0.1', logLevel: 'info', demoData: 'auto', database: { kind: 'pglite', dataDir: './data/pglite' } });
});

t.test('DATABASE_URL chooses the backend', async (t) => {
  t.same(parseConfig({ DATABASE_URL: 'memory://' }).database, { kind: 'pglite', dataDir: null });
  t.same(parseConfig({ DATABASE_URL: 'postgres://u@h:5432/db', DATABASE_POOL_SIZE: '3' }).database, {
    kind: 'postgres',
    url: 'postgres://u@h:5432/db',
    poolSize: 3,
    statementTimeoutMs: 15_000,
    acquireTimeoutMs: 2_000,
  });
  t.equal(parseConfig({ DATABASE_URL: 'postgresql://h/db' }).database.kind, 'postgres');
  t.equal(parseConfig({ PORT: '' }).port, 3000, 'an empty variable is unset');
});

t.test('every bad variable is named, with what would be valid', async (t) => {
  const error = t.throws(() => parseConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })) as ConfigError;
  t.type(error, ConfigError);
  t.equal(error.problems.length, 3);
  t.match(error.message, /PORT="abc": must be a whole number/);
  t.match(error.message, /DATABASE_URL="mysql:\/\/x": must be postgres:\/\//);
  t.match(error.message, /LOG_LEVEL="loud": must be one of fatal, error/);
  t.throws(() => parseConfig({ PORT: '70000' }), /between 0 and 65535/);
});

t.test('a bad DATABASE_URL is named without its password', async (t) => {
  const error = t.throws(() => parseConfig({ DATABASE_URL: 'mysql://admin:s3cret@db:3306/x' })) as ConfigError;
  t.match(error.message, /DATABASE_URL="mysql:\/\/admin:\*\*\*@db:3306\/x"/);
  t.notMatch(error.message, /s3cret/);
  const keyValue = t.throws(() => parseConfig({ DATABASE_URL: 'host=db user=app password=hunter2 dbname=trade' })) as ConfigError;
  t.match(keyValue.message, /DATABASE_URL="\(not shown: it may hold a password\)": must be postgres:\/\//);
  t.notMatch(keyValue.message, /hunter2/);
});

t.test('DATABASE_READ_URL: replicas of a Postgres primary, listed with commas', async (t) => {
  const config = parseConfig({ DATABASE_URL: 'postgres://p/db', DATABASE_READ_URL: 'postgres://r1/db, postgresql://r2:5433/db' });
  t.match(config.database, { kind: 'postgres', url: 'postgres://p/db', readUrls: ['postgres://r1/db', 'postgresql://r2:5433/db'] });
  t.notOk('readUrls' in parseConfig({ DATABASE_URL: 'postgres://p/db' }).database, 'none unless asked');
  t.throws(
    () => parseConfig({ DATABASE_READ_URL: 'postgres://r/db' }),
    /DATABASE_READ_URL="postgres:\/\/r\/db": needs DATABASE_URL to name the Postgres primary/,
  );
  t.throws(() => parseConfig({ DATABASE_URL: 'memory://', DATABASE_READ_URL: 'postgres://r/db' }), /the embedded database has no replicas/);
  t.throws(() => parseConfig({ DATABASE_URL: 'postgres://p/db', DATABASE_READ_URL: 'postgres://r1/db,' }), /must be one or more postgres:\/\//);
  const bad = t.throws(() =>
    parseConfig({ DATABASE_URL: 'postgres://p/db', DATABASE_READ_URL: 'postgres://u:s3cret@r1/db,mysql://u:pw2@r2/db' }),
  ) as ConfigError;
  t.match(bad.message, /DATABASE_READ_URL="postgres:\/\/u:\*\*\*@r1\/db,mysql:\/\/u:\*\*\*@r2\/db": must be one or more postgres:\/\//);
  t.notMatch(bad.message, /s3cret|pw2/, 'no password shown');
});

t.test('timeouts and proxy trust are configurable, and checked', async (t) => {
  const config = parseConfig({
    DATABASE_URL: 'postgres://h/db',
    DATABASE_STATEMENT_TIMEOUT_MS: '500',
    DATABASE_ACQUIRE_TIMEOUT_MS: '250',
    TRUST_PROXY: 'true',
  });
  t.match(config, { trustProxy: true, database: { statementTimeoutMs: 500, acquireTimeoutMs: 250 } });
  t.equal(parseConfig({}).trustProxy, false, 'X-Forwarded-* is not believed unless asked');
  t.throws(() => parseConfig({ TRUST_PROXY: 'yes' }), /TRUST_PROXY="yes": must be true/);
  t.throws(() => parseConfig({ DATABASE_ACQUIRE_TIMEOUT_MS: '5' }), /at least 100/);
});

t.test('the shutdown grace period is configurable, and checked', async (t) => {
  t.equal(parseConfig({}).shutdownGraceMs, 10_000);
  t.equal(parseConfig({ SHUTDOWN_GRACE_MS: '30000' }).shutdownGraceMs, 30_000);
  t.throws(() => parseConfig({ SHUTDOWN_GRACE_MS: '0' }), /SHUTDOWN_GRACE_MS="0": must be at least 1/);
});

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

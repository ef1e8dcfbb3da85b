import { Validator } from '@seriousme/openapi-schema-validator';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { SHIPPED_MIGRATIONS } from '../../src/db/migrate.js';
import { BACKEND, build } from '../helper.js';

t.test('health, readiness, docs and errors', async (t) => {
  const app = await build(t);

  t.test('liveness and readiness', async (t) => {
    t.same((await app.inject('/health')).json(), { status: 'ok' });
    const ready = await app.inject('/ready');
    t.equal(ready.statusCode, 200);
    t.same(ready.json(), { status: 'ready', database: BACKEND, migrations: { applied: SHIPPED_MIGRATIONS, expected: SHIPPED_MIGRATIONS } });
  });

  t.test('Swagger UI and a valid OpenAPI 3.1 document', async (t) => {
    const ui = await app.inject('/docs/');
    t.equal(ui.statusCode, 200);
    t.match(ui.body, /swagger-ui/i);
    const doc = await app.inject('/openapi.json');
    t.equal(doc.statusCode, 200);
    const validator = new Validator();
    const result = await validator.validate(doc.json());
    t.same(result.errors ?? [], [], 'no validation errors');
    t.ok(result.valid);
    t.equal(validator.version, '3.1');
  });

  t.test('an unknown route is a 404 problem', async (t) => {
    const res = await app.inject('/v2/flows');
    t.equal(res.statusCode, 404);
    t.match(res.headers['content-type'], /^application\/problem\+json/);
    t.match(res.json(), { type: '/problems/not-found', title: 'Not found', status: 404, detail: /\/v2\/flows/, instance: /^urn:request:/ });
  });

  t.test('CORS for dashboards', async (t) => {
    const res = await app.inject({ url: '/v1/groups', headers: { origin: 'https://dashboard.example' } });
    t.equal(res.headers['access-control-allow-origin'], '*');
  });

  t.test('a server error is a 500 problem without internals', async (t) => {
    await app.db.execute(sql`DROP TABLE trade_flow_revisions, trade_flows`);
    const res = await app.inject('/v1/flows');
    t.equal(res.statusCode, 500);
    t.match(res.headers['content-type'], /^application\/problem\+json/);
    const body = res.json();
    t.match(body, { type: '/problems/internal-error', status: 500, detail: /request id/ });
    t.notMatch(res.body, /trade_flows|relation|select|at .*\.(ts|js)/i, 'no SQL, table names or stack frames');
  });

  t.test('readiness fails when migrations are missing', async (t) => {
    await app.db.execute(sql`DROP TABLE drizzle.__drizzle_migrations`);
    const res = await app.inject('/ready');
    t.equal(res.statusCode, 503);
    t.match(res.json(), { type: '/problems/service-unavailable', detail: new RegExp(`0 of ${SHIPPED_MIGRATIONS} applied`) });
  });
});

import Fastify from 'fastify';
import accepts from '@fastify/accepts';
import t from 'tap';
import { sendTable } from '../../src/http/tables.js';

t.test('CSV cells a spreadsheet would run as formulas are escaped; numbers stay numbers; only percentages are rounded', async (t) => {
  const app = Fastify();
  t.teardown(() => app.close());
  await app.register(accepts);
  const records = [
    { name: '=HYPERLINK("http://evil")', value: -5, sharePct: 28.9999999999355, cifFobRatio: 1.0000000004, money: 3875968992.25 },
    { name: '+1', value: 0, sharePct: null, cifFobRatio: 2, money: 1 },
    { name: '@SUM(A1)', value: 1, sharePct: 50, cifFobRatio: null, money: 2 },
    { name: '-2+3', value: 2, sharePct: 0.1234567891, cifFobRatio: 0, money: 3 },
    { name: 'plain, with a comma', value: 3, sharePct: 1, cifFobRatio: 1, money: 4 },
  ];
  app.get('/t', (_req, reply) => sendTable(reply, 'csv', { columns: ['name', 'value', 'sharePct', 'cifFobRatio', 'money'], records, fileName: 'a b/c' }));
  app.get('/n', (_req, reply) => sendTable(reply, 'ndjson', { columns: ['name', 'sharePct'], records, fileName: 'n' }));
  const res = await app.inject('/t');
  t.equal(res.headers['content-disposition'], 'attachment; filename="a_b_c.csv"', 'a safe file name');
  t.equal(
    res.body,
    [
      'name,value,sharePct,cifFobRatio,money',
      `"'=HYPERLINK(""http://evil"")",-5,29,1,3875968992.25`,
      "'+1,0,,2,1",
      "'@SUM(A1),1,50,,2",
      "'-2+3,2,0.123457,0,3",
      '"plain, with a comma",3,1,1,4',
      '',
    ].join('\n'),
  );
  const ndjson = await app.inject('/n');
  t.match(ndjson.headers['content-type'], /^application\/x-ndjson/);
  const lines = ndjson.body
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  t.same(lines[0], { name: '=HYPERLINK("http://evil")', sharePct: 28.9999999999355 }, 'NDJSON is JSON: nothing escaped or rounded');
  t.equal(lines.length, 5);
});

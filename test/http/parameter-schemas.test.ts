import t from 'tap';
import { z } from 'zod';
import { MAX_LIST_VALUES, codeListSchema, textParam } from '../../src/schemas/common.js';
import { FlowQuery } from '../../src/schemas/flows.js';

// textParam checks in one step what zod's trim, min, max and refine checked in four, and
// codeListSchema its list in one transform (src/schemas/common.ts says why): the same answers,
// message for message, and the same limits in the OpenAPI document. Passes on the zod chains too.

const messages = (result: z.ZodSafeParseResult<unknown>) => (result.success ? [] : result.error.issues.map((issue) => issue.message));

t.test('text parameters: trimmed, then refused for each thing wrong with them, every reason listed', async (t) => {
  const text = textParam(8);
  t.same(text.safeParse('  KAZ \t'), { success: true, data: 'KAZ' }, 'surrounding white space is trimmed');
  t.same(messages(text.safeParse('   ')), ['must not be empty'], 'white space alone is empty');
  t.same(messages(text.safeParse('123456789')), ['must be at most 8 characters']);
  t.same(messages(text.safeParse(' 12345678 ')), [], 'the limit counts the trimmed text');
  t.same(messages(text.safeParse('a\u0000b')), ['must not contain control characters']);
  t.same(messages(text.safeParse('a\u007fbcdefghij')), ['must be at most 8 characters', 'must not contain control characters'], 'both reasons at once');
  t.same(messages(text.safeParse(['KAZ', 'UZB'])).length, 1, 'a repeated parameter (an array) is not text');
  t.same(messages(text.safeParse('😀'.repeat(8))), [], 'characters are counted as code points: eight emoji are eight characters');
  t.same(messages(text.safeParse('😀'.repeat(9))), ['must be at most 8 characters']);
  t.same(z.toJSONSchema(text, { io: 'input' }), { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', minLength: 1, maxLength: 8 });
});

t.test('code lists: split on commas and trimmed; an empty value or too many refused, as text first', async (t) => {
  const list = codeListSchema('Reporter', 'a hint');
  t.same(list.safeParse(' kaz, UZB ,398'), { success: true, data: ['kaz', 'UZB', '398'] });
  t.same(list.safeParse('KAZ'), { success: true, data: ['KAZ'] });
  t.same(messages(list.safeParse('')), ['must not be empty']);
  t.same(messages(list.safeParse('KAZ,,UZB')), ['has an empty value in its list (two commas, or one at an end)']);
  t.same(messages(list.safeParse('KAZ,')), ['has an empty value in its list (two commas, or one at an end)']);
  const tooMany = Array.from({ length: MAX_LIST_VALUES + 1 }, () => 'KAZ');
  t.same(messages(list.safeParse(tooMany.join(','))), [`lists at most ${MAX_LIST_VALUES} values; ask in several requests`]);
  t.same(
    messages(list.safeParse(`${tooMany.join(',')},`)),
    ['has an empty value in its list (two commas, or one at an end)', `lists at most ${MAX_LIST_VALUES} values; ask in several requests`],
    'both list reasons at once',
  );
  t.same(messages(list.safeParse('KAZ,\u0001UZB')), ['must not contain control characters'], 'text reasons come before the list is split');
  t.same(messages(list.safeParse('K'.repeat(MAX_LIST_VALUES * 12 + 1))), [`must be at most ${MAX_LIST_VALUES * 12} characters`]);
  const schema = z.toJSONSchema(list, { io: 'input' }) as Record<string, unknown>;
  t.match(schema, { type: 'string', minLength: 1, maxLength: MAX_LIST_VALUES * 12, description: /^Reporter: one, or a comma list of up to 50; a hint$/ });
});

t.test('in a query, a bad text or list leaves the checks after it running: every mistake is named at once', async (t) => {
  const issues = (query: Record<string, string>) => {
    const result = FlowQuery.safeParse(query);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  t.same(issues({ reporter: '', year: '2020', from: '2019' }), ['reporter: must not be empty', 'year: give either year or from/to, not both']);
  t.same(issues({ source: 'a\u0000b', year: '2020', to: '2021' }), [
    'source: must not contain control characters',
    'year: give either year or from/to, not both',
  ]);
  t.same(issues({ partner: 'KAZ,,UZB', year: '2020', from: '2019' }), [
    'partner: has an empty value in its list (two commas, or one at an end)',
    'year: give either year or from/to, not both',
  ]);
  t.same(
    issues({ commodity: '27,,x' }),
    ['commodity: has an empty value in its list (two commas, or one at an end)', 'commodity: must be TOTAL or HS codes of 2, 4 or 6 digits, e.g. 27 or 2709'],
    "a route's own check of a list still runs after the list's",
  );
  t.same(issues({ commodity: ' ' }), ['commodity: must not be empty'], "but not after the text's: there is no list to check");
});

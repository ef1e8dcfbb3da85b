import t from 'tap';
import { heapGrowthFlag } from '../../src/heap-growth.js';

t.test('the heap may grow to 1.5x its live objects unless the command line says otherwise', async (t) => {
  t.equal(heapGrowthFlag([]), '--heap-growing-percent=50');
  t.equal(heapGrowthFlag(['--enable-source-maps', '--max-old-space-size=512']), '--heap-growing-percent=50', 'other flags leave it set');
  t.equal(heapGrowthFlag(['--heap-growing-percent=0']), null, "V8's own factor, asked for");
  t.equal(heapGrowthFlag(['--enable-source-maps', '--heap_growing_percent=80']), null, 'V8 spells flags with _ too');
});

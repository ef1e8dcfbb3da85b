import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * Run after tap (`npm test`): fails the run when fewer than MIN_LINES_PCT of the lines in src/
 * were executed. tap itself only knows "100% or allow-incomplete"; this is the threshold between.
 */
const MIN_LINES_PCT = 90;

type Totals = { lines: { total: number; covered: number } };
const summary = JSON.parse(readFileSync('.tap/report/coverage-summary.json', 'utf8')) as Record<string, Totals>;
let total = 0;
let covered = 0;
for (const [file, totals] of Object.entries(summary)) {
  if (file === 'total' || !relative(process.cwd(), file).startsWith('src/')) continue;
  total += totals.lines.total;
  covered += totals.lines.covered;
}
// A loader whose source maps tap cannot read (tsx's alone: test/support/tsx-loader.mjs) reports each
// file as one line, all of it covered: a figure that proves nothing. src/ has thousands of lines.
if (total < 2000) {
  console.error(`coverage: only ${total} lines of src/ measured; the coverage data is broken (a test loader without source maps?)`);
  process.exit(1);
}
const pct = (covered / total) * 100;
const verdict = `coverage: ${pct.toFixed(2)}% of ${total} lines in src/ (minimum ${MIN_LINES_PCT}%)`;
if (pct < MIN_LINES_PCT) {
  console.error(`${verdict}: too low`);
  process.exitCode = 1;
} else {
  console.log(verdict);
}

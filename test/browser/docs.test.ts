import t from 'tap';
import { build } from '../helper.js';
import { NO_CHROMIUM, artifact, openPage } from './chromium.js';

/**
 * /docs as a new user meets it (issue 10): Swagger UI in headless Chromium on a fresh start with the
 * demo data; every operation's pre-filled Try it out executes, unchanged, to a 200. Screenshots go
 * to test/artifacts/. `.ci/run` installs Debian's chromium where it is missing.
 */
// The admin import needs an API key and a file: it is exercised in test/routes/imports.test.ts.
const NOT_CLICKED = new Set(['POST /v1/imports']);

t.test('Swagger UI: every pre-filled Try it out answers 200', { skip: NO_CHROMIUM }, async (t) => {
  const { page, errors, base } = await openPage(t, await build(t, { demo: true }), { width: 1280, height: 900 });

  await page.goto(`${base}/docs`);
  await page.waitForSelector('.opblock', { timeout: 30_000 });
  t.equal(await page.title(), 'Bilateral trade statistics API', "the project's title, not Swagger UI's");
  t.match(await page.locator('.topbar').innerText(), /\/openapi\.json/, 'the top bar names /openapi.json');
  t.match(await page.locator('.information-container').innerText(), /Start here/);
  t.equal(await page.locator('.opblock-tag').first().getAttribute('data-tag'), 'analytics', 'analytics first');
  await page.screenshot({ path: artifact('docs.png'), fullPage: false });

  const blocks = page.locator('.opblock');
  const count = await blocks.count();
  t.ok(count >= 16, `${count} operations`);
  for (let i = 0; i < count; i++) {
    const block = blocks.nth(i);
    const method = (await block.locator('.opblock-summary-method').innerText()).trim();
    const path = (await block.locator('.opblock-summary-path').getAttribute('data-path')) ?? '';
    const operation = `${method} ${path}`;
    if (NOT_CLICKED.has(operation)) continue;
    await block.locator('.opblock-summary').first().click();
    const execute = block.locator('button.execute');
    await execute.waitFor({ timeout: 10_000 });
    await execute.click();
    const status = block.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ timeout: 20_000 });
    const code = (await status.innerText()).trim();
    t.equal(code, '200', `${operation}: the pre-filled request answers 200`);
    if (code !== '200') await block.screenshot({ path: artifact(`docs-${operation.replace(/\W+/g, '_')}.png`) });
    // Collapse again, so the page stays short and the next block is where it was.
    await block.locator('.opblock-summary').first().click();
  }
  t.same(errors, [], 'no errors in the console');
});

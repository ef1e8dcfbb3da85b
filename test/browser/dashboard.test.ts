import t from 'tap';
import { FIXTURES, build, importFile } from '../helper.js';
import { NO_CHROMIUM, artifact, openPage } from './chromium.js';

/**
 * The dashboard at / in headless Chromium (issue 10): the demo data and the IMF fixture, as a user
 * who imported a file sees them. It draws KAZ/UZB, redraws for another pair, names its sources,
 * and logs no errors. Screenshots in test/artifacts/.
 */
t.test('the dashboard draws a pair, redraws on change, with no console errors', { skip: NO_CHROMIUM }, async (t) => {
  const app = await build(t, { demo: true });
  await importFile(app, new URL('ingest/imf-dots.csv', FIXTURES), { format: 'imf-dots' });
  const { page, errors, base } = await openPage(t, app, { width: 1200, height: 1000 });
  const apiCalls: string[] = [];
  page.on('request', (r) => apiCalls.push(new URL(r.url()).pathname));

  await page.goto(`${base}/`);
  const chart = page.locator('#chart[data-pair="KAZ-UZB"]');
  await chart.waitFor({ timeout: 30_000 });
  t.ok(Number(await chart.getAttribute('data-points')) > 0, 'the KAZ/UZB chart has points');
  t.equal(await page.locator('#chart canvas').count(), 1, 'uPlot drew one canvas');
  // A drawn canvas has coloured pixels: count the non-blank ones.
  // In the page (a string: this project compiles without the DOM's types).
  const inked = Number(
    await page.evaluate(`(() => {
      const canvas = document.querySelector('#chart canvas');
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    })()`),
  );
  t.ok(inked > 500, `the chart is not blank (${inked} pixels drawn)`);
  t.match(await page.locator('#series-source').innerText(), /^Source: (imf-dots|seed-article)$/, 'the source is named');
  t.match(await page.locator('#growth').innerText(), /CAGR/);
  await page.locator('#partners tbody tr').first().waitFor();
  t.match(await page.locator('#partners tbody').innerText(), /Uzbekistan/, "KAZ's partners");
  // The group's section fills in on its own request: wait for it, as for the partners above.
  await page.locator('#group-source', { hasText: /Source:/ }).waitFor({ timeout: 20_000 });
  t.match(await page.locator('#group-source').innerText(), /Source: imf-dots/, "Central Asia's trade, with its source");
  await page.screenshot({ path: artifact('dashboard.png'), fullPage: true });

  await page.selectOption('#b', 'KGZ');
  await page.locator('#chart[data-pair="KAZ-KGZ"]').waitFor({ timeout: 20_000 });
  t.equal(await page.locator('#chart canvas').count(), 1, 'redrawn, not drawn twice');
  t.match(await page.locator('#series-title').innerText(), /Kyrgyzstan/);
  t.match(page.url(), /\?a=KAZ&b=KGZ$/, 'the pair is in the address, to share');
  await page.screenshot({ path: artifact('dashboard-kaz-kgz.png'), fullPage: true });

  t.ok(
    apiCalls.filter((p) => p.startsWith('/v1/')).length > 0 &&
      apiCalls.every((p) => p === '/' || p.startsWith('/v1/') || p.startsWith('/dashboard/') || p.startsWith('/docs/static/theme/')),
    'only the public API and the page itself',
  );
  t.same(errors, [], 'no errors in the console');
});

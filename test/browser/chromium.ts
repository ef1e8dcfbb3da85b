import { existsSync, mkdirSync } from 'node:fs';
import type { Test } from 'tap';
import { chromium, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';

/** Debian's Chromium (`.ci/run` installs it where it is missing); tests skip with this reason without it. */
export const CHROMIUM = '/usr/bin/chromium';
export const NO_CHROMIUM = !existsSync(CHROMIUM) && `${CHROMIUM} is absent (apt-get install -y chromium)`;

/** Where the browser tests leave their screenshots (ignored by git). */
export const artifact = (name: string) => {
  const dir = new URL('../artifacts/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  return new URL(name, dir).pathname;
};

/**
 * The app listening on a free port and a headless Chromium page, both closed at the end of the
 * test; `errors` collects what the page throws or logs as an error.
 */
export async function openPage(t: Test, app: FastifyInstance, viewport: { width: number; height: number }) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  t.teardown(() => browser.close());
  const page: Page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, errors, base: `http://127.0.0.1:${address.port}` };
}

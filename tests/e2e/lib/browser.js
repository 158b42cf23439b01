// Debian's Chromium, headless, driven by playwright-core (never a downloaded
// browser). Every page records console errors, page errors and requests.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * Launches a fresh browser with an empty profile; `options` override the
 * context's. Service workers are blocked unless `serviceWorkers: 'allow'`:
 * the stand-alone page registers one (assets/offline.js), which would serve
 * every later visit from its cache, out of `page.route`'s reach and out of a
 * first visit's measure; the tests of offline use allow them.
 */
export async function launch(options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mx-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
    serviceWorkers: 'block',
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * `window.__mxFrame()`, for tests that wait for the next frame in the page:
 * resolves just after the next animation frame, or after 100 ms if none
 * comes. Headless Chromium sometimes stops running animation-frame callbacks
 * after a `<details>` opens (seen here: a test waiting on one hung CI for
 * 90 minutes); the widget itself never uses them.
 */
const FRAME = `window.__mxFrame = () => new Promise((resolve) => {
  let done = false;
  const go = () => { if (!done) { done = true; setTimeout(resolve, 0); } };
  requestAnimationFrame(go);
  setTimeout(go, 100);
});`;

/** A new page that records console errors, uncaught errors and requested URLs. */
export async function openPage(browser, options = {}) {
  const page = await browser.context.newPage();
  await page.addInitScript(FRAME);
  if (options.viewport) await page.setViewportSize(options.viewport);
  const log = { errors: [], warnings: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  return { page, log };
}

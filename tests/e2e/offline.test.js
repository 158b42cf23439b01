// Offline after the first visit: the service worker (assets/sw.js, registered
// by assets/offline.js) caches the release, serves it with no server and no
// network, and a new release (a copy of dist/ with its version changed and
// its hashes rewritten by scripts/integrity, not a second build) replaces the
// cache, which the widget says once. All under the strict
// Content-Security-Policy, `worker-src 'self'` included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './lib/server.js';
import { launch, openPage } from './lib/browser.js';
import { APP, DIST, ROOT, STRICT_CSP, canvases, chartsDrawn, requireBuild, widget } from './lib/fixtures.js';

const VERSION = /\[workspace\.package\]\s*\nversion = "([^"]+)"/.exec(fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const NEXT = `${VERSION}-test`;
const VIEWS = ['Origin country', 'Host country', 'Migration optimum', 'What drives this?', "The document's themes", 'Assumptions and limits', 'Lessons'];

let browser;
let server;
let port;
let copy;
before(async () => {
  requireBuild();
  browser = await launch({ serviceWorkers: 'allow' });
  await browser.context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  server = await serveAt(DIST);
  port = server.port;
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

/** `folder` under APP with the strict policy, on the port of the first visit (the same origin). */
const serveAt = (folder) => serve({ mounts: { [APP]: folder }, headers: () => ({ 'content-security-policy': STRICT_CSP }), port });
const url = (rest) => `http://127.0.0.1:${port}${APP}${rest}`;
const status = (page) => page.evaluate(() => document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('#mx-status').textContent);
const cacheNames = (page) => page.evaluate(() => caches.keys());

let page;
let log;

test('the first visit, online, saves the release for offline use and says so once', async () => {
  ({ page, log } = await openPage(browser));
  await page.goto(url('index.html#v=3&preset=mali-2022'));
  await chartsDrawn(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { polling: 50 });
  await page.waitForFunction(() => document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('#mx-status').textContent !== '', null, { polling: 50 });
  assert.equal(await status(page), 'Saved on this device: Migration Explorer now works offline too.');
  const names = await cacheNames(page);
  assert.equal(names.length, 1, names.join(' | '));
  assert.ok(names[0].includes(` ${VERSION} `), names[0]);
  // Every file of dist/ is in it, under its address.
  const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), names[0]);
  const files = fs.readdirSync(DIST).filter((f) => f !== 'sw.js');
  assert.deepEqual(cached.sort(), files.map((f) => `${APP}${f}`).sort());
  const sw = await page.request.get(url('sw.js'));
  assert.equal(sw.headers()['content-security-policy'], STRICT_CSP, 'the worker was served under the policy');
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no STRICT_CSP violation');
  assert.deepEqual(log.errors, []);
});

test('with the server stopped and the browser offline, every view, a lesson link and "Print brief" still work', async () => {
  await server.close();
  server = null;
  // setOffline alone does not stop a worker's own fetches: the server is gone too.
  await browser.context.setOffline(true);
  log.errors.length = 0;
  await page.reload();
  await chartsDrawn(page);
  const w = widget(page);
  for (const name of VIEWS) {
    await w.getByRole('tab', { name }).click();
    await w.getByRole('tab', { name, selected: true }).waitFor();
    if ((await canvases(page)).length > 0) await chartsDrawn(page);
  }
  // A lesson's link, with a query and from the folder's own address (./ is index.html).
  for (const address of ['index.html?from=usb#lesson=health-workers&step=1', '#lesson=health-workers&step=2']) {
    await page.goto(url(address));
    await page.waitForFunction(
      (n) => document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector('.mx-step-of')?.textContent.startsWith(`Step ${n} of`),
      address.endsWith('1') ? 1 : 2,
      { polling: 50 },
    );
    await chartsDrawn(page);
  }
  const [brief] = await Promise.all([page.waitForEvent('popup'), w.getByRole('link', { name: 'Print brief' }).click()]);
  await brief.waitForFunction(() => document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector('.mx-brief[data-ready]'), null, { polling: 50 });
  const charts = await brief.evaluate(() => document.querySelector('[data-migration-explorer]').shadowRoot.querySelectorAll('.mx-brief-chart svg').length);
  assert.ok(charts > 0, 'the brief has its charts');
  assert.deepEqual(await brief.evaluate(() => window.violations), [], 'the brief: no STRICT_CSP violation');
  await brief.close();
  assert.equal(await status(page), '', 'nothing new to say');
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no STRICT_CSP violation');
  // The browser's check for a newer worker failed, quietly.
  assert.deepEqual(log.errors, []);
});

test('a new release served at the same address replaces the cache, which the widget says once', async () => {
  // The new release: a copy of dist/ with a changed page and another version,
  // its hashes rewritten by scripts/integrity.
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'mx-release-'));
  fs.cpSync(DIST, copy, { recursive: true });
  const index = path.join(copy, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<title>', `<meta name="mx-release" content="${NEXT}"><title>`));
  execFileSync(path.join(ROOT, 'scripts/integrity'), ['--version', NEXT, copy], { stdio: 'pipe' });
  server = await serveAt(copy);
  await browser.context.setOffline(false);
  log.errors.length = 0;
  // This visit still runs the release it had (the open page keeps what it
  // loaded); the new worker takes over and says so.
  await page.goto(url('index.html#v=3&preset=mali-2022'));
  await chartsDrawn(page);
  await page.waitForFunction(() => document.querySelector('[data-migration-explorer]').shadowRoot.querySelector('#mx-status').textContent !== '', null, { polling: 50 });
  assert.equal(await status(page), `Updated to version ${NEXT}, saved for offline use: reload the page to use it.`);
  assert.equal(await page.evaluate(() => document.querySelector('meta[name=mx-release]')), null, 'the open page is the release it loaded');
  const names = await cacheNames(page);
  assert.equal(names.length, 1, `the old cache is gone: ${names.join(' | ')}`);
  assert.ok(names[0].includes(` ${NEXT} `), names[0]);

  // The next visit is the new release, from its cache, and says nothing.
  await server.close();
  server = null;
  await browser.context.setOffline(true);
  await page.reload();
  await chartsDrawn(page);
  assert.equal(await page.evaluate(() => document.querySelector('meta[name=mx-release]')?.content), NEXT);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
  assert.equal(await status(page), '', 'said once');
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no STRICT_CSP violation');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('scripts/integrity run again on a built folder changes nothing but what changed', () => {
  const again = fs.mkdtempSync(path.join(os.tmpdir(), 'mx-again-'));
  try {
    fs.cpSync(DIST, again, { recursive: true });
    execFileSync(path.join(ROOT, 'scripts/integrity'), [again], { stdio: 'pipe' });
    for (const file of fs.readdirSync(DIST)) {
      assert.ok(fs.readFileSync(path.join(again, file)).equals(fs.readFileSync(path.join(DIST, file))), `${file} is unchanged`);
    }
  } finally {
    fs.rmSync(again, { recursive: true, force: true });
  }
});

test('on plain http (not localhost) the page registers nothing and works as before', async (t) => {
  // This machine's own address on its network: http there is no secure context.
  const address = Object.values(os.networkInterfaces()).flat().find((i) => i.family === 'IPv4' && !i.internal)?.address;
  if (!address) {
    t.skip('no network address besides loopback');
    return;
  }
  const plain = await serve({ mounts: { [APP]: DIST }, headers: () => ({ 'content-security-policy': STRICT_CSP }), host: address });
  const other = await launch({ serviceWorkers: 'allow' });
  t.after(async () => {
    await other.close();
    await plain.close();
  });
  const { page, log } = await openPage(other);
  await page.goto(`${plain.url}${APP}index.html#v=3&preset=mali-2022`);
  await chartsDrawn(page);
  assert.deepEqual(await page.evaluate(() => [isSecureContext, 'serviceWorker' in navigator]), [false, false]);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  assert.deepEqual(plain.requests.filter((r) => r.endsWith('sw.js')), [], 'the worker was never fetched');
  assert.equal(await status(page), '');
  assert.deepEqual(log.errors, []);
});

// The single file (target/package/migration-explorer-<version>.html, made by
// scripts/package): opened from a file:// URL, as a teacher opens it from a
// USB stick, with every network request refused. In Chromium, in English and
// in French: charts drawn, a lever moves the charts and the summary, a lesson
// link opens its step, the CSV and PNG downloads, "Share" (the link's #… part
// alone, no snippet), the brief in two pages at most and a worksheet, axe, and
// no CSP violation. In Firefox (Debian's firefox-esr through WebDriver BiDi):
// charts drawn, a lever moves them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { firefox } from 'playwright-core';
import { ROOT, chartsDrawn, widget, downloadOf, pngSize } from './lib/fixtures.js';
import { violations } from './lib/axe.js';
import { launch, openPage } from './lib/browser.js';

const PACKAGE = path.join(ROOT, 'target/package');
const HOST = '[data-migration-explorer]';

/** The single file beside the package's zip. */
function singleFile() {
  const name = fs.existsSync(PACKAGE) && fs.readdirSync(PACKAGE).find((f) => /^migration-explorer-.+\.html$/.test(f));
  if (!name) throw new Error('target/package has no single file: run scripts/package first (scripts/test does)');
  return path.join(PACKAGE, name);
}

let file;
let url;
let browser;
before(async () => {
  file = singleFile();
  url = pathToFileURL(file).href;
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Whether `address` is the single file itself (any `#…`), or a data: or blob: address. */
const own = (address) => address.split('#')[0] === url || /^(data|blob):/.test(address);

/**
 * Cuts `page` (Chromium's or Firefox's) off the network: every request but
 * the file's own is aborted, and recorded in the list returned; CSP
 * violations are recorded in `window.violations`.
 */
async function cutOff(page) {
  const refused = [];
  await page.route('**/*', (route) => {
    if (own(route.request().url())) return route.continue();
    refused.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return refused;
}

/** Opens the single file at `hash`, cut off the network (`cutOff`). */
async function open(hash, { ready = 'canvas' } = {}) {
  const { page, log } = await openPage(browser);
  const refused = await cutOff(page);
  await page.goto(`${url}#${hash}`);
  if (ready === 'canvas') await chartsDrawn(page);
  else await page.waitForFunction((r) => document.querySelector('[data-migration-explorer]')?.shadowRoot?.querySelector(r), ready, { polling: 50 });
  return { page, log, refused };
}

/** Nothing but the file, data: and blob: was asked for; no violation, no error. */
async function offline(page, log, refused, what) {
  assert.deepEqual(refused, [], `${what}: no request refused`);
  const others = log.requests.filter((r) => !own(r));
  assert.deepEqual(others, [], `${what}: no other request attempted`);
  assert.deepEqual(await page.evaluate(() => window.violations), [], `${what}: no CSP violation`);
  assert.deepEqual(log.errors, [], `${what}: no console error`);
}

/** Per chart shown: how many of its pixels are not background (white or clear). */
const inked = (page) =>
  page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    return [...root.querySelectorAll('canvas[data-chart]')].map((c) => {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) n += 1;
      return { chart: c.dataset.chart, inked: n, drawn: Number(c.dataset.drawn ?? 0), image: c.toDataURL() };
    });
  }, HOST);

const summaryText = (page) => page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('#mx-summary').textContent, HOST);

/** Moves the first lever to the other end of its range; resolves once the charts are drawn again. */
async function moveFirstLever(page) {
  const lever = widget(page).locator('input[type="range"]').first();
  const [min, max, value] = await Promise.all(['min', 'max', 'value'].map((a) => lever.evaluate((e, a) => e[a], a)));
  const target = Number(value) === Number(max) ? min : max;
  const before = (await inked(page)).map((c) => c.drawn);
  await lever.fill(String(target));
  await page.waitForFunction(
    ([host, before]) =>
      [...document.querySelector(host).shadowRoot.querySelectorAll('canvas[data-chart]')].some((c, i) => Number(c.dataset.drawn ?? 0) > (before[i] ?? 0)),
    [HOST, before],
    { polling: 50 },
  );
}

/** Pages of a PDF made by Chromium (see brief.test.js). */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;

test('the single file is one page under 1.5 MB whose policy allows only its own inline code', () => {
  const html = fs.readFileSync(file, 'utf8');
  const size = fs.statSync(file).size;
  console.log(`single file: ${path.basename(file)}, ${size} bytes`);
  assert.ok(size < 1_500_000, `${size} bytes`);
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1].replace(/&#39;|&apos;/g, "'");
  assert.ok(csp, 'a Content-Security-Policy <meta>');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'sha256-[^']+' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|'self'|https?:|\*/, 'nothing but hashes, WebAssembly, data: and blob:');
  assert.doesNotMatch(html, /\s(src|href)="?(?!data:|#)[^"\s>]/, 'no file or address to load');
});

for (const lang of ['en', 'fr']) {
  test(`${lang}: from file:// with no network, charts are drawn, a lever moves them and the summary, and "Share" gives the link's #… part alone`, async () => {
    const { page, log, refused } = await open(`v=3&preset=mali-2022&host=france&lang=${lang}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    const before = await inked(page);
    assert.ok(before.length >= 2, `${before.length} charts`);
    for (const c of before) assert.ok(c.inked > 500, `${c.chart} is drawn (${c.inked} pixels inked)`);
    const summary = await summaryText(page);
    await moveFirstLever(page);
    const after = await inked(page);
    assert.ok(
      after.some((c, i) => c.image !== before[i].image),
      'a chart changed',
    );
    await page.waitForFunction(([host, old]) => document.querySelector(host).shadowRoot.querySelector('#mx-summary').textContent !== old, [HOST, summary], { polling: 50 });

    const w = widget(page);
    await w.getByRole('button', { name: /^(Share \/ embed|Partager|Partager \/ intégrer)/ }).click();
    const boxes = w.locator('#mx-share textarea:visible');
    assert.equal(await boxes.count(), 1, 'the link alone, no embedding snippet');
    assert.equal(await w.locator('#mx-share .mx-share-item').count(), 1, 'one item, one copy button: no snippet');
    const link = await boxes.inputValue();
    assert.match(link, new RegExp(`^#v=3&preset=mali-2022&host=france&.*lang=${lang}`), 'the #… part, no file:// address');
    assert.deepEqual(await violations(page), [], 'axe: no violation');
    await offline(page, log, refused, lang);
    await page.close();
  });

  test(`${lang}: from file://, the CSV and PNG downloads work`, async () => {
    const { page, log, refused } = await open(`v=3&preset=mali-2022&host=france&lang=${lang}`);
    const buttons = widget(page).getByRole('button');
    const csvName = await buttons.filter({ hasText: /\(CSV\)$/ }).first().textContent();
    const csv = await downloadOf(page, csvName.trim());
    assert.match(csv.name, /\.csv$/);
    assert.ok(csv.bytes.toString('utf8').split('\n').length > 10, 'rows of numbers');
    const pngName = await widget(page).locator('button[aria-label$="PNG"], button[aria-label$="PNG »"]').first().getAttribute('aria-label');
    const png = await downloadOf(page, pngName);
    assert.match(png.name, /\.png$/);
    assert.ok(pngSize(png.bytes)?.width > 0, 'a PNG');
    await offline(page, log, refused, `${lang} downloads`);
    await page.close();
  });

  test(`${lang}: from file://, a lesson link opens its step, and its worksheet is the same file`, async () => {
    const { page, log, refused } = await open(`lesson=health-workers&step=2&lang=${lang}`);
    await page.waitForFunction((host) => /\b2\b/.test(document.querySelector(host).shadowRoot.querySelector('.mx-step-of')?.textContent ?? ''), HOST, { polling: 50 });
    const worksheet = await widget(page).locator('.mx-lesson a[target="_blank"]').first().getAttribute('href');
    assert.equal(worksheet, `#lesson=health-workers&mode=worksheet&lang=${lang}`);
    await offline(page, log, refused, `${lang} lesson`);
    await page.close();
    const sheet = await open(worksheet.slice(1), { ready: '.mx-brief[data-ready]' });
    assert.equal(pdfPages(await sheet.page.pdf({ format: 'A4' })), 1, 'the worksheet: one A4 page');
    assert.deepEqual(await violations(sheet.page), [], 'axe: no violation');
    await offline(sheet.page, sheet.log, sheet.refused, `${lang} worksheet`);
    await sheet.page.close();
  });

  test(`${lang}: from file://, "Print brief" opens the same file in the brief's mode, two pages at most`, async () => {
    const { page } = await open(`v=3&preset=mali-2022&host=france&transfer_cost=0.03&lang=${lang}`);
    const href = await widget(page).locator('#mx-print-brief').getAttribute('href');
    await page.close();
    assert.match(href, new RegExp(`^#v=3&preset=mali-2022&host=france&transfer_cost=0\\.03&.*lang=${lang}&mode=brief$`));
    const brief = await open(href.slice(1), { ready: '.mx-brief[data-ready]' });
    const svgs = await brief.page.evaluate((host) => document.querySelector(host).shadowRoot.querySelectorAll('.mx-brief-chart svg').length, HOST);
    assert.ok(svgs >= 2, `${svgs} charts`);
    const pages = pdfPages(await brief.page.pdf({ format: 'A4' }));
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    assert.deepEqual(await violations(brief.page), [], 'axe: no violation');
    await offline(brief.page, brief.log, brief.refused, `${lang} brief`);
    await brief.page.close();
  });
}

test('with a public address (its attribute, editable: no hash covers it), "Share" links there and printing stays in the file', async () => {
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mx-single-')), path.basename(file));
  const html = fs.readFileSync(file, 'utf8');
  assert.ok(html.includes('data-public-url=""'), 'built with no public address');
  fs.writeFileSync(copy, html.replace('data-public-url=""', 'data-public-url="https://example.org/mx/index.html"'));
  const original = url;
  url = pathToFileURL(copy).href;
  try {
    const { page, log, refused } = await open('v=3&preset=mali-2022&host=france&lang=en');
    const w = widget(page);
    await w.getByRole('button', { name: 'Share / embed' }).click();
    assert.match(await w.locator('#mx-share textarea:visible').inputValue(), /^https:\/\/example\.org\/mx\/index\.html#v=3&preset=mali-2022&host=france&/);
    assert.match(await w.locator('#mx-print-brief').getAttribute('href'), /^#v=3&.*&mode=brief$/, 'the brief prints from the file');
    await offline(page, log, refused, 'public address');
    await page.close();
  } finally {
    url = original;
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  }
});

test("Firefox (Debian's firefox-esr, WebDriver BiDi): from file:// with no network, charts are drawn and a lever moves them", async () => {
  const ff = await firefox.launch({ channel: 'moz-firefox', executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr', headless: true });
  try {
    const page = await ff.newPage({ viewport: { width: 1280, height: 900 } });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const refused = await cutOff(page);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${url}#v=3&preset=mali-2022&host=france&lang=fr`);
    await chartsDrawn(page);
    const before = await inked(page);
    assert.ok(before.length >= 2, `${before.length} charts`);
    for (const c of before) assert.ok(c.inked > 500, `${c.chart} is drawn in Firefox (${c.inked} pixels inked)`);
    await moveFirstLever(page);
    const after = await inked(page);
    assert.ok(after.some((c, i) => c.image !== before[i].image), 'a chart changed');
    assert.deepEqual(refused, [], 'no request refused');
    assert.deepEqual(requests.filter((r) => !own(r)), [], 'no other request');
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'no CSP violation');
    assert.deepEqual(errors, [], 'no page error');
  } finally {
    await ff.close();
  }
});

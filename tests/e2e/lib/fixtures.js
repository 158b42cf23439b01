// Shared set-up for the end-to-end tests: the release build (dist/) served
// from a sub-folder, a fresh headless Chromium, and helpers that read the
// widget the way a person sees it.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { serve } from './server.js';
import { launch, openPage } from './browser.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The release build; `MX_DIST` points elsewhere (a build of its own). */
export const DIST = process.env.MX_DIST ? path.resolve(process.env.MX_DIST) : path.join(ROOT, "dist");
export const PAGES = path.join(ROOT, 'tests/e2e/pages');
/** Where the build is served: a sub-folder, as agencies do. */
export const APP = '/apps/migration-explorer/';

/** The strict policy the embedding guide recommends (EMBEDDING.md §5), which
 * the tests' pages are served under: no inline code, WebAssembly allowed, the
 * service worker a same-origin file. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'";

export function requireBuild() {
  if (!fs.existsSync(path.join(DIST, 'migration-explorer_bg.wasm'))) {
    throw new Error('dist/ is missing: run `trunk build --release` first (scripts/test does)');
  }
}

/** Starts a server and a browser (`browser`: its `launch` options); returns them and a `close()`. */
export async function setUp({ headers, browser: options } = {}) {
  requireBuild();
  const server = await serve({ mounts: { [APP]: DIST, '/pages/': PAGES }, headers });
  const browser = await launch(options);
  return {
    server,
    browser,
    open: (options) => openPage(browser, options),
    /** Opens the stand-alone page at `hash` (its `#` optional) and waits for its charts. */
    async load(hash = '', options) {
      const { page, log } = await openPage(browser, options);
      const mark = hash && !hash.startsWith('#') ? '#' : '';
      await page.goto(`${server.url}${APP}index.html${mark}${hash}`);
      await chartsDrawn(page);
      return { page, log };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Chart canvases of the widget in `host` (default: the first widget). */
export const canvases = (page, host = '[data-migration-explorer]') =>
  page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    return [...root.querySelectorAll('canvas[data-chart]')].map((c) => ({
      chart: c.dataset.chart,
      drawn: Number(c.dataset.drawn ?? 0),
      width: c.width,
      height: c.height,
      cssWidth: c.clientWidth,
      cssHeight: c.clientHeight,
    }));
  }, host);

/** Waits until every chart canvas shown in `host` has been drawn at least `n` times. */
export async function chartsDrawn(page, host = '[data-migration-explorer]', n = 1) {
  await page.waitForFunction(
    ([host, n]) => {
      const root = document.querySelector(host)?.shadowRoot;
      const list = root ? [...root.querySelectorAll('canvas[data-chart]')] : [];
      return list.length > 0 && list.every((c) => Number(c.dataset.drawn ?? 0) >= n);
    },
    [host, n],
  );
}

/** The pixels of every chart shown, as data URLs keyed by chart. */
export const pixels = (page, host = '[data-migration-explorer]') =>
  page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    return Object.fromEntries([...root.querySelectorAll('canvas[data-chart]')].map((c) => [c.dataset.chart, c.toDataURL()]));
  }, host);

/** The summary's sentences. */
export const summary = (page, host = '[data-migration-explorer]') =>
  page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('#mx-summary').textContent, host);

/** A locator scoped to one widget (locators pierce open shadow roots). */
export const widget = (page, host = '[data-migration-explorer]') => page.locator(host);

/** Moves the range input labelled `label` to `value` and waits for redraw. */
export async function moveLever(page, label, value, host = '[data-migration-explorer]') {
  const before = await canvases(page, host);
  await widget(page, host).getByLabel(label, { exact: true }).fill(String(value));
  await page.waitForFunction(
    ([host, before]) => {
      const root = document.querySelector(host).shadowRoot;
      const drawn = [...root.querySelectorAll('canvas[data-chart]')].map((c) => Number(c.dataset.drawn ?? 0));
      return drawn.some((d, i) => d > (before[i]?.drawn ?? 0));
    },
    [host, before],
  );
}

/** The text of every notice shown in the widget, in order. */
export const notices = (page, host = '[data-migration-explorer]') =>
  page.evaluate((host) => [...document.querySelector(host).shadowRoot.querySelectorAll('.mx-notice span')].map((n) => n.textContent), host);

/** The text of the first element matching `selector` in the widget, or null. */
export const textOf = (page, selector, host = '[data-migration-explorer]') =>
  page.evaluate(([host, selector]) => document.querySelector(host).shadowRoot.querySelector(selector)?.textContent ?? null, [host, selector]);

/** Labels of the levers that show the "set" badge, in page order. */
export const setBadges = (page, host = '[data-migration-explorer]') =>
  page.evaluate(
    (host) => [...document.querySelector(host).shadowRoot.querySelectorAll('.mx-lever .mx-set')].map((b) => b.closest('.mx-lever').querySelector('label').textContent),
    host,
  );

/**
 * Waits until the widget has written `hash` (without `#`) to the page's link
 * (it does so 250 ms after the last change), then checks it, so that a wrong
 * link fails with a readable diff rather than a time-out.
 */
export async function expectHash(page, hash, message) {
  await page.waitForFunction((h) => location.hash === `#${h}`, hash, { timeout: 3000 }).catch(() => {});
  assert.equal((await page.evaluate(() => location.hash)).slice(1), hash, message);
}

/** Output of the model's command line, `migration-sim ARGS…` (release build). */
export function sim(...args) {
  return execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'migration-model', '--bin', 'migration-sim', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

/** `migration-sim` CSV output as rows of {column: number}. */
export function simRows(...args) {
  const [header, ...lines] = sim(...args).trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], Number(v)])));
}

/** The presets file the model embeds. */
export const PRESETS = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/data/presets.json'), 'utf8'));

/**
 * Clicks the button named `name` in the widget and returns the file it
 * downloads: its suggested name and its bytes.
 */
export async function downloadOf(page, name, host = '[data-migration-explorer]') {
  const [download] = await Promise.all([page.waitForEvent('download'), widget(page, host).getByRole('button', { name, exact: true }).click()]);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
}

/** Width and height of a PNG, from its header (the IHDR chunk), or null if it is no PNG. */
export function pngSize(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Parses SVG text with the browser's DOMParser: its root, parse errors and text. */
export const parseSvg = (page, text) =>
  page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      root: doc.documentElement.nodeName,
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent.trim()),
    };
  }, text);

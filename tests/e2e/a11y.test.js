// Accessibility in a real browser, under the strict Content-Security-Policy:
// axe-core (WCAG 2.1 A/AA and best practice) on every tab, at desktop width
// and on a phone, with a lesson, the share panel, the presentation and the
// brief page; the live regions; the sliders' spoken values; the keyboard
// alone; reduced motion, forced colours, 200 % zoom and 320 px; the charts'
// tables of numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, STRICT_CSP, chartsDrawn, widget } from './lib/fixtures.js';
import { axe } from './lib/axe.js';
import { launch, openPage } from './lib/browser.js';

const HOST = '[data-migration-explorer]';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let env;
before(async () => {
  env = await setUp({ headers: () => ({ 'content-security-policy': STRICT_CSP }) });
});
after(async () => {
  await env?.close();
});

/**
 * Runs axe on the whole page (it enters the widget's open shadow root), prints
 * one line, and fails with every violation, its elements and why.
 */
async function audit(page, name) {
  const result = await axe(page);
  const count = result.violations.reduce((n, v) => n + v.nodes.length, 0);
  console.log(`axe ${name}: ${result.violations.length} rules violated (${count} elements), ${result.passes} rules passed, to review by hand: ${result.incomplete.join(', ') || 'none'}`);
  const detail = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 6).join('\n  ')}`).join('\n');
  if (count > 0) failures.push(`${name}:\n${detail}`);
}

/** Violations found by `audit`, reported together at the end of a test. */
let failures = [];
function noViolations() {
  const found = failures;
  failures = [];
  assert.deepEqual(found, []);
}

/** The stand-alone page at `hash`, with its charts drawn. */
async function load(hash = '', viewport = DESKTOP) {
  const { page, log } = await env.open({ viewport });
  await page.goto(`${env.server.url}${APP}index.html${hash}`);
  await chartsDrawn(page);
  return { page, log };
}

/** Waits until the view `key`'s charts are drawn: the drivers view's once its sensitivity is computed. */
async function viewDrawn(page, key) {
  if (key === 'drivers') await page.waitForFunction((host) => document.querySelector(host).shadowRoot.querySelector('#panel-drivers:not([data-computing])'), HOST);
  if (['origin', 'host', 'optimum', 'drivers'].includes(key)) await chartsDrawn(page);
}

const TABS = [
  ['origin', 'Origin country'],
  ['host', 'Host country'],
  ['optimum', 'Migration optimum'],
  ['drivers', 'What drives this?'],
  ['themes', "The document's themes"],
  ['assumptions', 'Assumptions and limits'],
  ['lessons', 'Lessons'],
];

for (const [width, viewport] of [['desktop', DESKTOP], ['390 px', PHONE]]) {
  test(`axe: every tab at ${width}`, async () => {
    const { page, log } = await load('', viewport);
    // axe's own inline styles are refused by the CSP: the widget's errors only.
    assert.deepEqual(log.errors, []);
    for (const [key, name] of TABS) {
      await widget(page).getByRole('tab', { name }).click();
      await page.waitForFunction(([host, key]) => document.querySelector(host).shadowRoot.querySelector(`#panel-${key}`), [HOST, key]);
      if (['origin', 'host', 'optimum', 'drivers'].includes(key)) {
        await viewDrawn(page, key);
        // Every chart's table of numbers open: their regions and tables are audited too.
        for (const summary of await widget(page).locator('.mx-numbers summary').all()) await summary.click();
      }
      await audit(page, `${key} tab, ${width}`);
    }
    await page.close();
    noViolations();
  });
}

test("axe: v3's notes (transfer cost far from today's, the skilled wage below the unskilled, displacement) and the optimum's near range, in English and French", async () => {
  for (const lang of ['en', 'fr']) {
    const { page } = await load(`#v=3&preset=mali-2000&return_upgrade=0.05&transfer_cost=0.15&lang=${lang}`);
    await widget(page).locator('#transfer_cost-note').waitFor();
    await audit(page, `origin view with the cost and wage notes, ${lang}`);
    await page.close();
    for (const view of ['host', 'optimum']) {
      const { page: p } = await load(`#v=3&preset=nepal-2022&host=malaysia&view=${view}&lang=${lang}`);
      await viewDrawn(p, view);
      await audit(p, `Nepal in Malaysia, ${view} view, ${lang}`);
      await p.close();
    }
  }
  noViolations();
});

test('axe: the origin view with the uncertainty switch on and its tables open, in English and French; still two live regions', async () => {
  for (const [lang, name, band] of [['en', 'Uncertainty', '8 of 10 draws'], ['fr', 'Incertitude', '8 tirages sur 10']]) {
    const { page, log } = await load(`#v=3&preset=mali-2022&transfer_cost=0.03&lang=${lang}`);
    await widget(page).getByRole('switch', { name }).click();
    await page.waitForFunction(([host, band]) => document.querySelector(host).shadowRoot.querySelector('canvas[data-chart=income]').getAttribute('aria-label').includes(band), [HOST, band]);
    await chartsDrawn(page);
    // axe's own inline styles are refused by the CSP: the widget's errors only.
    assert.deepEqual(log.errors, []);
    for (const summary of await widget(page).locator('.mx-numbers summary').all()) await summary.click();
    await audit(page, `origin view, uncertainty on, ${lang}`);
    assert.deepEqual(await liveRegions(page), ['mx-summary-live', 'mx-status'], 'the switch adds no live region');
    await page.close();
  }
  noViolations();
});

test('axe: the drivers view with both tornados, their tables, the sentence and the levers, in English and French, at desktop width and at 390 px; still two live regions', async () => {
  for (const lang of ['en', 'fr']) {
    for (const [width, viewport] of [['desktop', DESKTOP], ['390 px', PHONE]]) {
      const { page, log } = await load(`#v=3&preset=mali-2022&transfer_cost=0.03&emig_rate_skilled=0.01&view=drivers&lang=${lang}`, viewport);
      await viewDrawn(page, 'drivers');
      assert.equal(await widget(page).locator('#panel-drivers canvas[data-chart]').count(), 2);
      for (const summary of await widget(page).locator('.mx-numbers summary').all()) await summary.click();
      // Before axe, whose own inline styles the CSP refuses: the widget's errors only.
      assert.deepEqual(log.errors, []);
      await audit(page, `drivers view, ${lang}, ${width}`);
      assert.deepEqual(await liveRegions(page), ['mx-summary-live', 'mx-status'], 'the view adds no live region');
      await page.close();
    }
  }
  noViolations();
});

test('axe: a lesson step with the teacher notes open, at desktop width and at 390 px', async () => {
  for (const [width, viewport] of [['desktop', DESKTOP], ['390 px', PHONE]]) {
    const { page } = await load('#lesson=health-workers&step=2', viewport);
    await widget(page).locator('details.mx-teacher summary').click();
    await audit(page, `lesson health-workers step 2, notes open, ${width}`);
    await page.close();
  }
  noViolations();
});

test('axe: the share panel, the advanced levers, a lever explained, notices and a pinned scenario', async () => {
  const { page } = await load('#v=3&preset=mali-2022&transfer_cost=abc&nothing=1&a=1');
  const w = widget(page);
  await w.getByRole('button', { name: 'Share / embed' }).click();
  await w.locator('#mx-share').waitFor();
  await w.locator('details.mx-advanced summary').click();
  await w.getByRole('button', { name: 'About: Transfer cost' }).click();
  await w.getByRole('button', { name: /Cheaper transfers/ }).click();
  await audit(page, 'share panel, advanced, info, notices, policy note, pinned A');
  await page.close();
  noViolations();
});

test('axe: the presentation with its drawer open, and with a lesson', async () => {
  for (const hash of ['#mode=present', '#lesson=health-workers&step=2&mode=present']) {
    const { page } = await load(hash);
    await widget(page).getByRole('button', { name: 'Levers', exact: true }).click();
    await widget(page).locator('#mx-drawer').waitFor();
    await audit(page, `presentation ${hash}, drawer open`);
    await page.close();
  }
  noViolations();
});

test('axe: brief.html, the brief and a worksheet', async () => {
  for (const hash of ['#v=3&preset=mali-2022', '#lesson=optimum&mode=worksheet']) {
    const { page } = await env.open({ viewport: DESKTOP });
    await page.goto(`${env.server.url}${APP}brief.html${hash}`);
    await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('.mx-brief[data-ready]'), HOST);
    await audit(page, `brief.html${hash}`);
    await page.close();
  }
  noViolations();
});

// ---------------------------------------------------------------- page

test('index.html and brief.html have one <main> and one <h1>; an embedded widget adds no <h1>', async () => {
  /** <main> and <h1> elements of the page, its widgets' shadow roots included. */
  const count = (page) =>
    page.evaluate(() => {
      const roots = [document, ...[...document.querySelectorAll('[data-migration-explorer]')].map((h) => h.shadowRoot).filter(Boolean)];
      const n = (selector) => roots.reduce((sum, root) => sum + root.querySelectorAll(selector).length, 0);
      return { main: n('main, [role=main]'), h1: n('h1'), widgetH1: n('h1') - document.querySelectorAll('h1').length };
    });
  const { page } = await load('');
  assert.deepEqual(await count(page), { main: 1, h1: 1, widgetH1: 0 });
  assert.equal(await page.locator('h1').textContent(), 'Migration Explorer');
  await page.close();
  for (const hash of ['#v=3&preset=mali-2022', '#lesson=optimum&mode=worksheet']) {
    const { page } = await env.open();
    await page.goto(`${env.server.url}${APP}brief.html${hash}`);
    await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('.mx-brief[data-ready]'), HOST);
    assert.deepEqual(await count(page), { main: 1, h1: 1, widgetH1: 1 }, `brief.html${hash}: the brief's own <h1>`);
    await page.close();
  }
  const agency = await env.open();
  await agency.page.goto(`${env.server.url}/pages/two-widgets.html`);
  await chartsDrawn(agency.page, '#a');
  assert.equal((await count(agency.page)).widgetH1, 0, "the agency's page keeps its own <h1> alone");
  await agency.page.close();
});

// ---------------------------------------------------------------- live regions

/** Live regions of the page and its widget: role status, alert, log, marquee, timer, aria-live, <output>. */
const liveRegions = (page) =>
  page.evaluate((host) => {
    const selector = '[role=status], [role=alert], [role=log], [role=marquee], [role=timer], [aria-live]:not([aria-live=off]), output';
    const root = document.querySelector(host).shadowRoot;
    return [...document.querySelectorAll(selector), ...root.querySelectorAll(selector)].map((e) => e.id || e.className || e.tagName);
  }, HOST);

const live = (page, id) => page.evaluate(([host, id]) => document.querySelector(host).shadowRoot.querySelector(`#${id}`).textContent, [HOST, id]);

test('two live regions at most: the summary and one status region for short messages', async () => {
  const { page } = await load('#v=3&preset=mali-2022&transfer_cost=abc');
  const w = widget(page);
  assert.deepEqual(await liveRegions(page), ['mx-summary-live', 'mx-status']);
  assert.match(await live(page, 'mx-status'), /Transfer cost: "abc" is not a number/, 'the notice is said');
  // The policy note.
  await w.getByRole('button', { name: /Cheaper transfers/ }).click();
  await page.waitForFunction((host) => document.querySelector(host).shadowRoot.querySelector('#mx-status').textContent.startsWith('Cheaper transfers (SDG 10.c) applied'), HOST);
  assert.equal(await live(page, 'mx-status'), await w.locator('.mx-policy-note').textContent(), 'the same words as under the buttons');
  // "Copied" (or the browser's refusal) from the share panel.
  await w.getByRole('button', { name: 'Share / embed' }).click();
  await w.getByRole('button', { name: 'Copy — Link to this scenario' }).click();
  await page.waitForFunction((host) => /^(Copied|The browser refused)/.test(document.querySelector(host).shadowRoot.querySelector('#mx-status').textContent), HOST);
  assert.equal(await live(page, 'mx-status'), await w.locator('.mx-share-status').textContent());
  assert.deepEqual(await liveRegions(page), ['mx-summary-live', 'mx-status'], 'the share panel adds none');
  // A new country unpins A: its notice.
  await w.getByRole('button', { name: 'Pin scenario' }).click();
  await w.getByLabel('Country', { exact: true }).selectOption({ label: 'Bangladesh 2022' });
  await page.waitForFunction((host) => document.querySelector(host).shadowRoot.querySelector('#mx-status').textContent.includes('unpinned'), HOST);
  await page.close();
  // A lesson moved by hand says so; the presentation says the chart shown.
  const lesson = await load('#lesson=health-workers&step=2');
  await widget(lesson.page).getByLabel('Transfer cost', { exact: true }).fill('0.01');
  await lesson.page.waitForFunction((host) => document.querySelector(host).shadowRoot.querySelector('.mx-step-changed'), HOST);
  assert.equal(await live(lesson.page, 'mx-status'), (await textOfChanged(lesson.page)).trim());
  assert.deepEqual(await liveRegions(lesson.page), ['mx-summary-live', 'mx-status']);
  await lesson.page.close();
  const present = await load('#mode=present');
  await widget(present.page).getByRole('button', { name: 'Next chart' }).click();
  await present.page.waitForFunction((host) => document.querySelector(host).shadowRoot.querySelector('#mx-status').textContent === 'Chart 2 of 13', HOST);
  assert.deepEqual(await liveRegions(present.page), ['mx-summary-live', 'mx-status']);
  await present.page.close();
});

/** The lesson bar's "changed" words, without its button's. */
const textOfChanged = (page) =>
  page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('.mx-step-changed').firstChild.textContent, HOST);

/** The summary's sentences as shown, one string. */
const shownSentences = (page) =>
  page.evaluate((host) => [...document.querySelector(host).shadowRoot.querySelectorAll('#mx-summary p')].map((p) => p.textContent).join(' '), HOST);

test('the summary is shown at once and said only once the slider rests', async () => {
  const { page } = await load('#v=3&preset=mali-2022');
  const visible = () => shownSentences(page);
  const said = () => live(page, 'mx-summary-live');
  const start = await said();
  assert.equal(start, await visible(), 'the same sentences at first');
  await widget(page).getByLabel('Transfer cost', { exact: true }).focus();
  const seen = new Set();
  let last = 0;
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('ArrowRight');
    last = Date.now();
    await page.waitForTimeout(120);
    seen.add(await visible());
    assert.equal(await said(), start, `step ${i + 1}: nothing said while the slider moves`);
  }
  assert.ok(seen.size >= 5, `the visible sentences followed every step (${seen.size})`);
  await page.waitForFunction((host) => {
    const root = document.querySelector(host).shadowRoot;
    return root.querySelector('#mx-summary-live').textContent === [...root.querySelectorAll('#mx-summary p')].map((p) => p.textContent).join(' ');
  }, HOST);
  const waited = Date.now() - last;
  assert.ok(waited >= 500, `said ${waited} ms after the last step (the pause is 600 ms)`);
  assert.notEqual(await said(), start);
  await page.close();
});

// ---------------------------------------------------------------- sliders

test("each slider's aria-valuetext speaks its value with its unit", async () => {
  const { page } = await load('#v=3&preset=mali-2022&transfer_cost=0.046&labour_growth=0.025&horizon_years=30&wage_ratio_skilled=2.5&emig_rate_skilled=0.0045');
  const w = widget(page);
  const spoken = (label) => w.getByLabel(label, { exact: true }).getAttribute('aria-valuetext');
  assert.equal(await spoken('Transfer cost'), '4.6\u00a0% of the amount sent');
  assert.equal(await spoken('Labour-force growth'), '2.5\u00a0% a year');
  assert.equal(await spoken('Years simulated'), '30 years');
  assert.equal(await spoken('Earnings abroad / at home, skilled'), '2.5 times');
  assert.equal(await spoken('Skilled emigration rate'), '0.45\u00a0% of skilled workers a year');
  // Every slider: the number shown beside it, then its unit in words.
  const all = await page.evaluate((host) =>
    [...document.querySelector(host).shadowRoot.querySelectorAll('input[type=range]')].map((input) => ({
      id: input.id,
      said: input.getAttribute('aria-valuetext'),
      shown: input.closest('.mx-lever').querySelector('.mx-value').textContent,
    })), HOST);
  assert.ok(all.length >= 30, `${all.length} sliders`);
  for (const { id, said, shown } of all) {
    const number = shown.replace(/[^\d]+$/, '');
    assert.ok(said.startsWith(number) && !/[{}×]/.test(said), `${id}: "${said}" for "${shown}"`);
  }
  // It follows the slider.
  await w.getByLabel('Transfer cost', { exact: true }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((host) => document.querySelector(host).shadowRoot.querySelector('#lever-transfer_cost').getAttribute('aria-valuetext') === '4.5\u00a0% of the amount sent', HOST);
  await page.close();
});

// ---------------------------------------------------------------- keyboard

/** Where the focus is: whether in the widget, which element (its place in the shadow tree) and its outline. */
const focusNow = (page) =>
  page.evaluate((host) => {
    const h = document.querySelector(host);
    if (document.activeElement !== h) return { inside: false, what: document.activeElement?.tagName ?? null };
    const el = h.shadowRoot.activeElement;
    if (!el) return { inside: true, lost: true };
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      inside: true,
      index: [...h.shadowRoot.querySelectorAll('*')].indexOf(el),
      what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} ${(el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 40)}`,
      outline: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      color: s.outlineColor,
      shown: r.width > 0 && r.height > 0,
    };
  }, HOST);

/** Presses `key` until the focus leaves the widget; every stop on the way. */
async function walk(page, key) {
  const stops = [];
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press(key);
    const now = await focusNow(page);
    if (!now.inside) {
      if (stops.length > 0) return { stops, left: now.what };
      continue;
    }
    stops.push(now);
  }
  throw new Error(`${key}: the focus never left the widget after ${stops.length} stops (trapped)`);
}

test('the keyboard alone walks the whole widget with Tab and Shift+Tab: focus always visible, never lost, never trapped', async () => {
  const { page } = await load('#v=3&preset=mali-2022');
  // A button of the page before the widget and one after, where the focus goes when it leaves.
  await page.evaluate((host) => {
    const button = (name) => Object.assign(document.createElement('button'), { type: 'button', textContent: name });
    document.querySelector(host).before(button('Before'));
    document.querySelector(host).after(button('After'));
  }, HOST);
  const w = widget(page);
  await w.getByRole('button', { name: 'Share / embed' }).click();
  await w.locator('#mx-share').waitFor();
  // Back out of the top of the widget (focus is on the share button), then walk it all.
  await walk(page, 'Shift+Tab');
  const { stops: forward, left } = await walk(page, 'Tab');
  assert.equal(left, 'BUTTON', 'Tab leaves the widget for the page');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'After');
  for (const stop of forward) {
    assert.ok(!stop.lost, 'the focus is on an element of the widget');
    assert.ok(stop.shown, `${stop.what}: on screen`);
    assert.ok(stop.outline !== 'none' && stop.width >= 2 && !/rgba\(.*, 0\)$/.test(stop.color), `${stop.what}: a visible outline (${stop.outline} ${stop.width}px ${stop.color})`);
  }
  const what = forward.map((s) => s.what).join('\n');
  for (const expected of ['select#mx-preset', 'select#mx-host', 'button#mx-pin', 'a#mx-print-brief', 'textarea#mx-share-0', 'textarea#mx-share-2', 'input#lever-transfer_cost', 'button#policy-sdg-10c', 'summary Advanced', 'button#tab-origin', 'button Download Who gains', 'summary Show the numbers']) {
    assert.ok(what.includes(expected), `Tab reaches ${expected}:\n${what}`);
  }
  assert.equal(new Set(forward.map((s) => s.index)).size, forward.length, 'each element once');
  // Shift+Tab from outside the end goes back through the same stops, in reverse.
  const { stops: backward } = await walk(page, 'Shift+Tab');
  assert.deepEqual(backward.map((s) => s.index), forward.map((s) => s.index).reverse());
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Before', 'Shift+Tab leaves it too');
  console.log(`keyboard: ${forward.length} stops, forwards and back`);
  await page.close();
});

// ---------------------------------------------------------------- media

test('prefers-reduced-motion: no transition or animation anywhere in the widget', async () => {
  const { page } = await load('');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const moving = await page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const rule = [...root.styleSheets, ...root.adoptedStyleSheets].some((sheet) => [...sheet.cssRules].some((r) => r.conditionText?.includes('prefers-reduced-motion')));
    const moving = [...root.querySelectorAll('*')]
      .map((e) => [e, getComputedStyle(e)])
      .filter(([, s]) => s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none')
      .map(([e]) => e.className || e.tagName);
    return { matches: matchMedia('(prefers-reduced-motion: reduce)').matches, rule, moving };
  }, HOST);
  assert.deepEqual(moving, { matches: true, rule: true, moving: [] });
  await page.close();
});

test('forced colours (Windows high contrast): the charts keep a frame and their drawing, and focus shows in Highlight', async () => {
  const { page } = await load('');
  await page.emulateMedia({ forcedColors: 'active' });
  const look = await page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const highlight = getComputedStyle(probe).color;
    probe.style.color = 'CanvasText';
    const text = getComputedStyle(probe).color;
    probe.remove();
    const canvas = getComputedStyle(root.querySelector('canvas[data-chart]'));
    return { forced: matchMedia('(forced-colors: active)').matches, highlight, text, border: `${canvas.borderTopStyle} ${canvas.borderTopColor}`, adjust: canvas.forcedColorAdjust };
  }, HOST);
  assert.equal(look.forced, true);
  assert.equal(look.border, `solid ${look.text}`, 'the canvas is framed in the text colour');
  assert.equal(look.adjust, 'none', 'the drawing keeps its colours');
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('Tab');
  const focus = await focusNow(page);
  assert.equal(`${focus.outline} ${focus.color}`, `solid ${look.highlight}`, `${focus.what}: the outline in Highlight`);
  await page.close();
});

/**
 * Elements of the widget that stick out of the viewport or of the widget's
 * own content box (where they would be cut off), outside any scrolling region.
 */
const overflowing = (page) =>
  page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const mx = root.querySelector('.mx');
    const box = mx.getBoundingClientRect();
    const pad = (side) => parseFloat(getComputedStyle(mx)[`padding${side}`]) + parseFloat(getComputedStyle(mx)[`border${side}Width`]);
    const [left, right] = [Math.max(0, box.left + pad('Left')), Math.min(document.documentElement.clientWidth, box.right - pad('Right'))];
    const width = document.documentElement.clientWidth;
    const scrolls = (e) => {
      for (let p = e.parentElement; p; p = p.parentElement) {
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    const out = [...mx.querySelectorAll('*')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 1 && (r.right > right + 0.5 || r.left < left - 0.5) && !scrolls(e);
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().left)}–${Math.round(e.getBoundingClientRect().right)} in ${left}–${right})`);
    return { page: `${document.documentElement.scrollWidth} ≤ ${width}`, fits: document.documentElement.scrollWidth <= width, out: out.slice(0, 8) };
  }, HOST);

test('at 320 CSS px and at 200 % zoom nothing overflows horizontally', async () => {
  const zoomed = await launch({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  try {
    for (const [name, open] of [['320 px', () => env.open({ viewport: { width: 320, height: 720 } })], ['200 % zoom (640 px at 2×)', () => openPage(zoomed)]]) {
      const { page } = await open();
      await page.goto(`${env.server.url}${APP}index.html#v=3&preset=mali-2022&transfer_cost=abc&a=1`);
      await chartsDrawn(page);
      const w = widget(page);
      // Under 700 px the share button is under "Menu", and the levers in their drawer.
      await w.getByRole('button', { name: 'Menu', exact: true }).click();
      await w.getByRole('button', { name: 'Share / embed' }).click();
      await w.getByRole('button', { name: 'Levers', exact: true }).click();
      await w.locator('details.mx-advanced summary').click();
      const levers = await overflowing(page);
      assert.ok(levers.fits && levers.out.length === 0, `${name}, the levers' drawer: page ${levers.page}; ${levers.out.join('; ')}`);
      await page.keyboard.press('Escape');
      for (const [key, tab] of TABS) {
        await w.getByRole('tab', { name: tab }).click();
        await page.waitForFunction(([host, key]) => document.querySelector(host).shadowRoot.querySelector(`#panel-${key}`), [HOST, key]);
        if (['origin', 'host', 'optimum', 'drivers'].includes(key)) {
          await viewDrawn(page, key);
          for (const summary of await w.locator('.mx-numbers summary').all()) await summary.click();
        }
        const found = await overflowing(page);
        assert.ok(found.fits && found.out.length === 0, `${name}, ${key}: page ${found.page}; ${found.out.join('; ')}`);
      }
      await page.goto(`${env.server.url}${APP}index.html#lesson=health-workers&step=2&mode=present`);
      await page.reload();
      await chartsDrawn(page);
      await w.getByRole('button', { name: 'Levers', exact: true }).click();
      const found = await overflowing(page);
      assert.ok(found.fits && found.out.length === 0, `${name}, presentation: page ${found.page}; ${found.out.join('; ')}`);
      await page.close();
    }
  } finally {
    await zoomed.close();
  }
});

// ---------------------------------------------------------------- tables of numbers

test('"Show the numbers": a table built when opened, with the data each chart draws', async () => {
  const { page } = await load('#v=3&preset=mali-2022&a.transfer_cost=0.03');
  const w = widget(page);
  const tables = () => page.evaluate((host) => document.querySelector(host).shadowRoot.querySelectorAll('.mx-numbers table').length, HOST);
  assert.equal(await tables(), 0, 'nothing built while closed');
  for (const [tab, rows] of [['Origin country', 31], ['Host country', 31], ['Migration optimum', 11]]) {
    await w.getByRole('tab', { name: tab }).click();
    await chartsDrawn(page);
    for (const figure of await w.locator('figure.mx-chart').all()) {
      await figure.locator('.mx-numbers summary').click();
      const region = figure.locator('.mx-numbers [role=region]');
      assert.equal(await region.getAttribute('tabindex'), '0', 'the keyboard reaches the scrolling region');
      const table = await figure.evaluate((f) => ({
        label: f.querySelector('canvas').getAttribute('aria-label'),
        name: f.querySelector('caption').textContent,
        labelledBy: f.querySelector('[role=region]').getAttribute('aria-labelledby') === f.querySelector('caption').id,
        head: [...f.querySelectorAll('thead th')].map((th) => th.textContent),
        rows: [...f.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
      }));
      assert.ok(table.labelledBy && table.name.endsWith(': the numbers'), table.name);
      assert.equal(table.rows.length, rows, `${table.name}: rows`);
      // x, the scenario, its baseline, the chart's other quantities (who gains,
      // wages at home, the near-optimum range), A.
      const others = { 'Who gains: the numbers': 3, 'Wages at home: the numbers': 1, 'The migration optimum: the numbers': 1 }[table.name] ?? 0;
      assert.equal(table.head.length, 4 + others, `${table.name}: x, scenario, baseline, others, pinned A`);
      assert.match(table.head[1], others && !table.name.startsWith('The migration') ? /^\p{Lu}.* \(.+\)$/u : /^Scenario \(.+\)$/, 'the unit in the header');
      if (rows === 31) {
        assert.deepEqual([table.rows[0][0], table.rows[30][0]], ['2022', '2052']);
        // The last year's values, as the chart's description says them.
        for (const cell of table.rows[30].slice(1)) assert.ok(table.label.includes(` ${cell}`), `${table.label} holds ${cell}`);
      } else {
        assert.deepEqual(table.rows.map((r) => r[0]), ['0.0', '0.5', '1.0', '1.5', '2.0', '2.5', '3.0', '3.5', '4.0', '4.5', '5.0']);
      }
    }
  }
  await page.close();
});

test('axe in French: every tab at desktop width and at 390 px, and a lesson with its notes', async () => {
  for (const [width, viewport] of [['desktop', DESKTOP], ['390 px', PHONE]]) {
    const { page, log } = await load('#v=3&preset=mali-2022&lang=fr', viewport);
    assert.deepEqual(log.errors, []);
    assert.equal(await page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('.mx').lang, HOST), 'fr');
    for (const [key] of TABS) {
      await widget(page).locator(`#tab-${key}`).click();
      await page.waitForFunction(([host, key]) => document.querySelector(host).shadowRoot.querySelector(`#panel-${key}`), [HOST, key]);
      await viewDrawn(page, key);
      await audit(page, `French, ${key} tab, ${width}`);
    }
    await page.close();
  }
  const { page } = await load('#lesson=health-workers&step=2&lang=fr');
  await widget(page).locator('details.mx-teacher summary').click();
  await audit(page, 'French, lesson health-workers step 2, notes open');
  await page.close();
  noViolations();
});

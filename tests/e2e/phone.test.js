// The widget on a phone, as a student holds it: 390 × 844, a touch screen.
// The first chart on the first screen; the levers in a drawer over the foot of
// the screen, a slider moved by touch and a chart changing in view above it;
// every control 44 × 44 px or more; the drawer closed by its button, Escape
// and a tap beside it, the focus going in and back; nothing wider than the
// screen at 320 px; the same in French and in a lesson step; axe at 390 and
// at 768 px (a tablet).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, STRICT_CSP, chartsDrawn, widget, pixels, canvases } from './lib/fixtures.js';
import { violations } from './lib/axe.js';
import { launch, openPage } from './lib/browser.js';

const HOST = '[data-migration-explorer]';
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };

let env;
/** A browser whose pages are a phone's: touch, mobile viewport. */
let phone;
before(async () => {
  env = await setUp({ headers: () => ({ 'content-security-policy': STRICT_CSP }) });
  phone = await launch({ viewport: PHONE, hasTouch: true, isMobile: true });
});
after(async () => {
  await phone?.close();
  await env?.close();
});

/** The stand-alone page at `hash` on the phone, its charts drawn. */
async function load(hash, viewport = PHONE) {
  const { page, log } = await openPage(phone, { viewport });
  await page.goto(`${env.server.url}${APP}index.html#${hash}`);
  await chartsDrawn(page);
  return { page, log };
}

/** The id (or tag) of the element focused inside the widget. */
const focused = (page) =>
  page.evaluate((host) => {
    const active = document.querySelector(host).shadowRoot.activeElement;
    return active ? active.id || active.tagName.toLowerCase() : null;
  }, HOST);

/** Where the charts are on screen, and the drawer's top (the screen's foot while it is closed). */
const onScreen = (page) =>
  page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const drawer = root.querySelector('.mx-drawer-open > .mx-drawer');
    return {
      height: innerHeight,
      drawerTop: drawer ? drawer.getBoundingClientRect().top : innerHeight,
      charts: Object.fromEntries([...root.querySelectorAll('canvas[data-chart]')].map((c) => {
        const r = c.getBoundingClientRect();
        return [c.dataset.chart, { top: r.top, bottom: r.bottom }];
      })),
    };
  }, HOST);

/** Visible controls smaller than 44 × 44 CSS px. */
const small = (page) =>
  page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    return [...root.querySelectorAll('button, a[href], select, input, textarea, summary')]
      .filter((e) => e.checkVisibility())
      .map((e) => [e, e.getBoundingClientRect()])
      .filter(([, r]) => r.width < 44 || r.height < 44)
      .map(([e, r]) => `${e.tagName.toLowerCase()}#${e.id} "${e.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
  }, HOST);

/** Whether the page scrolls sideways. */
const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth > innerWidth);

/** Taps the element's box at `x` of its width (0 to 1), half way down. */
async function tapAt(page, locator, x) {
  const box = await locator.boundingBox();
  await page.touchscreen.tap(box.x + x * box.width, box.y + box.height / 2);
}

const drawerOpen = (page) => page.evaluate((host) => !!document.querySelector(host).shadowRoot.querySelector('.mx-drawer-open'), HOST);

async function waitDrawer(page, open) {
  await page.waitForFunction(([host, open]) => !!document.querySelector(host).shadowRoot.querySelector('.mx-drawer-open') === open, [HOST, open]);
}

const EN = { levers: 'Levers', close: 'Close levers', menu: 'Menu', share: 'Share / embed' };
const FR = { levers: 'Leviers', close: 'Fermer les leviers', menu: 'Menu', share: 'Partager / intégrer' };
const CASES = [
  ['in English', 'v=3&preset=mali-2022', EN],
  ['in French', 'v=3&preset=mali-2022&lang=fr', FR],
  ['in a lesson step', 'lesson=health-workers&step=3', EN],
  ['in a lesson step in French', 'lesson=cheaper-transfers&step=2&lang=fr', FR],
];

for (const [name, hash, words] of CASES) {
  test(`on a 390 × 844 phone ${name}: a chart on the first screen, a slider moved by touch under a chart in view, 44 px controls, the drawer closes three ways`, async () => {
    const { page, log } = await load(hash);
    const w = widget(page);
    // The first chart starts on the first screen.
    const first = await onScreen(page);
    const top = Math.min(...Object.values(first.charts).map((c) => c.top));
    assert.ok(top < first.height, `the first chart's top at ${Math.round(top)} px, the screen ${first.height} px tall`);
    assert.equal(await page.evaluate(() => scrollY), 0);
    assert.equal(await sideways(page), false, 'no sideways scroll');
    assert.deepEqual(await small(page), [], 'every control 44 px or more');
    // In a lesson, the chart the step is about comes first.
    if (hash.startsWith('lesson')) {
      const lead = await page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('.mx-lead canvas').dataset.chart, HOST);
      assert.equal(Object.entries(first.charts).sort((a, b) => a[1].top - b[1].top)[0][0], lead, 'the step\'s chart first');
      // From the step's title to the foot of its chart, question between: one screen above the docked button.
      const fit = await page.evaluate((host) => {
        const root = document.querySelector(host).shadowRoot;
        const top = root.querySelector('.mx-step-title').getBoundingClientRect().top;
        const question = root.querySelector('.mx-step-question').getBoundingClientRect().bottom;
        const chart = root.querySelector('.mx-lead canvas').getBoundingClientRect();
        return { span: Math.round(chart.bottom - top), room: Math.round(innerHeight - root.querySelector('.mx-dock').offsetHeight), order: top < question && question < chart.top };
      }, HOST);
      assert.ok(fit.order && fit.span <= fit.room, `the step's text, question and chart on one screen: ${JSON.stringify(fit)}`);
    }

    // The toolbar's actions fold under one menu button.
    const menu = w.getByRole('button', { name: words.menu, exact: true });
    assert.equal(await w.getByRole('button', { name: words.share }).isVisible(), false);
    await menu.tap();
    await w.getByRole('button', { name: words.share }).waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await small(page), [], 'every action of the menu 44 px or more');
    // Closed by Escape from one of its actions, now hidden: the focus goes back to its button.
    await w.getByRole('button', { name: words.share }).focus();
    await page.keyboard.press('Escape');
    await w.getByRole('button', { name: words.share }).waitFor({ state: 'hidden' });
    assert.equal(await focused(page), 'mx-menu', 'the focus goes back to the menu button');

    // The levers' drawer, opened by a tap: the focus goes into it, no chart is redrawn.
    const drawn = (await canvases(page)).map((c) => c.drawn);
    const toggle = w.getByRole('button', { name: words.levers, exact: true });
    assert.equal(await w.getByRole('slider').count(), 0, 'no slider until the drawer opens');
    await toggle.tap();
    await waitDrawer(page, true);
    assert.equal(await focused(page), 'mx-drawer-close', 'the focus goes into the drawer');
    assert.deepEqual(await small(page), [], 'every control of the drawer 44 px or more');
    assert.equal(await sideways(page), false);
    const open = await onScreen(page);
    assert.ok(open.drawerTop >= open.height / 2, `the drawer covers the lower part only (its top at ${Math.round(open.drawerTop)} px)`);
    assert.deepEqual((await canvases(page)).map((c) => c.drawn), drawn, 'opening the drawer redraws no chart');

    // A slider moved by touch: a chart that changes is in view, above the drawer.
    const slider = w.locator('#mx-drawer input[type=range]').first();
    assert.ok(await slider.isVisible(), 'a slider shows in the drawer');
    const before = await pixels(page);
    const value = await slider.evaluate((s) => (s.value - s.min) / (s.max - s.min));
    await tapAt(page, slider, value > 0.5 ? 0.1 : 0.9);
    await page.waitForFunction(([host, drawn]) => [...document.querySelector(host).shadowRoot.querySelectorAll('canvas[data-chart]')].some((c, i) => Number(c.dataset.drawn) > drawn[i]), [HOST, drawn]);
    await chartsDrawn(page);
    const after = await pixels(page);
    const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
    assert.ok(changed.length > 0, 'the tap moved the slider and a chart');
    const seen = await onScreen(page);
    const inView = changed.filter((k) => seen.charts[k].top >= -1 && seen.charts[k].bottom <= seen.drawerTop + 0.5);
    assert.ok(inView.length > 0, `a changed chart lies in view above the drawer: ${JSON.stringify({ changed, drawerTop: seen.drawerTop, charts: seen.charts })}`);

    // Escape, a tap beside the drawer and its button close it; the focus goes back to its opener.
    await page.keyboard.press('Escape');
    await waitDrawer(page, false);
    assert.equal(await focused(page), 'mx-levers-button');
    await toggle.tap();
    await waitDrawer(page, true);
    await page.touchscreen.tap(PHONE.width / 2, 40);
    await waitDrawer(page, false);
    assert.equal(await focused(page), 'mx-levers-button');
    await toggle.tap();
    await waitDrawer(page, true);
    await w.getByRole('button', { name: words.close, exact: true }).tap();
    await waitDrawer(page, false);
    assert.equal(await focused(page), 'mx-levers-button');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await drawerOpen(page), false);

    // Every tab is reachable in its scrolling row.
    const tabs = w.getByRole('tab');
    await tabs.last().tap();
    await w.getByRole('tab', { selected: true }).last().waitFor();
    assert.equal(await tabs.last().getAttribute('aria-selected'), 'true');
    assert.equal(await sideways(page), false);
    assert.deepEqual(log.errors, []);
    await page.close();

    // At 320 px, menu and drawer open, nothing is wider than the screen.
    const narrow = await load(hash, { width: 320, height: 640 });
    await widget(narrow.page).getByRole('button', { name: words.menu, exact: true }).tap();
    await widget(narrow.page).getByRole('button', { name: words.levers, exact: true }).tap();
    await waitDrawer(narrow.page, true);
    assert.equal(await sideways(narrow.page), false, '320 px: no sideways scroll');
    assert.deepEqual(await small(narrow.page), [], '320 px: every control 44 px or more');
    await narrow.page.close();
  });
}

test('axe finds nothing at 390 px (menu and drawer open, and in a lesson) and at 768 px, in English and French', async () => {
  const found = [];
  for (const lang of ['en', 'fr']) {
    for (const hash of [`v=3&preset=mali-2022&lang=${lang}`, `lesson=health-workers&step=3&lang=${lang}`]) {
      const { page } = await load(hash);
      found.push(...(await violations(page)).map((v) => `390 ${hash}: ${v}`));
      const w = widget(page);
      await w.locator('.mx-menu-button').tap();
      await w.locator('.mx-dock button').tap();
      await waitDrawer(page, true);
      found.push(...(await violations(page)).map((v) => `390 ${hash}, menu and drawer open: ${v}`));
      await page.close();
      for (const viewport of [TABLET, { width: TABLET.height, height: TABLET.width }]) {
        const tablet = await load(hash, viewport);
        found.push(...(await violations(tablet.page)).map((v) => `${viewport.width} ${hash}: ${v}`));
        await tablet.page.close();
      }
    }
  }
  assert.deepEqual(found, []);
});

test('on a tablet (768 × 1024, either way up) the levers stay beside the charts, in view while the charts scroll', async () => {
  for (const viewport of [TABLET, { width: TABLET.height, height: TABLET.width }]) {
    const { page } = await load('v=3&preset=mali-2022', viewport);
    const w = widget(page);
    assert.equal(await w.getByRole('button', { name: 'Levers', exact: true }).isVisible(), false, 'no drawer button');
    const slider = w.getByRole('slider', { name: 'Transfer cost', exact: true });
    // Scrolled to the remittances chart, the transfer cost's slider is still on screen beside it.
    await w.locator('#chart-remittances').evaluate((f) => f.scrollIntoView());
    const [chart, lever] = [await w.locator('#chart-remittances canvas').boundingBox(), await slider.boundingBox()];
    assert.ok(lever.x + lever.width <= chart.x, `${viewport.width} px: the levers beside the charts`);
    assert.ok(chart.y >= -1 && chart.y < viewport.height && lever.y >= -1 && lever.y + lever.height <= viewport.height, `${viewport.width} px: chart at ${chart.y}, slider at ${lever.y}`);
    assert.deepEqual(await small(page), [], `${viewport.width} px: every control 44 px or more`);
    await page.close();
  }
});

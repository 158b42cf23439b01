// Presentation mode in a real browser: one chart at a time, the keyboard
// (arrows, Escape), the levers' drawer, full screen from the "Present" button
// (and its end followed), lessons stepped by the arrows, and full screen in
// frames with and without `allowfullscreen`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './lib/server.js';
import { setUp, APP, canvases, chartsDrawn, widget, textOf, expectHash } from './lib/fixtures.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const HOST = '[data-migration-explorer]';

const load = (hash, options) => env.load(hash, options);

/** The charts on screen, by their `data-chart`. */
const shown = async (page) => (await canvases(page)).map((c) => c.chart);

/** "Chart N of M" as [N, M], or null outside presentation. */
async function chartOf(page) {
  const text = await textOf(page, '#mx-chart-of');
  if (text === null) return null;
  const m = text.match(/^Chart (\d+) of (\d+)$/);
  assert.ok(m, `"${text}"`);
  return [Number(m[1]), Number(m[2])];
}

/** The id (or tag) of the element focused inside the widget, or null. */
const focused = (page) =>
  page.evaluate((host) => {
    const active = document.querySelector(host).shadowRoot.activeElement;
    return active ? active.id || active.tagName.toLowerCase() : null;
  }, HOST);

/** Presses `key` and waits until "Chart N of M" says `n`, and its canvas is drawn. */
async function press(page, key, n) {
  await page.keyboard.press(key);
  await page.waitForFunction(([host, n]) => document.querySelector(host).shadowRoot.querySelector('#mx-chart-of')?.textContent.startsWith(`Chart ${n} of`), [HOST, n]);
  await chartsDrawn(page);
}

const fullscreen = (page) => page.evaluate(() => document.fullscreenElement?.tagName.toLowerCase() ?? null);

test('mode=present shows one chart at a time in large type; the arrows step through every chart', async () => {
  const { page, log } = await load('#mode=present');
  assert.deepEqual(await shown(page), ['income']);
  const [n, m] = await chartOf(page);
  assert.equal(n, 1);
  assert.ok(m >= 9, `${m} charts`);
  // The layout: no tabs, no lever panel until the drawer opens, the summary under the chart.
  const w = widget(page);
  assert.equal(await w.getByRole('tablist').count(), 0);
  assert.equal(await w.getByRole('slider').count(), 0);
  assert.equal(await w.getByRole('button', { name: 'Levers', exact: true }).getAttribute('aria-expanded'), 'false');
  assert.match(await textOf(page, '#mx-summary'), /By \d{4}, income per worker/);
  const sizes = await page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const size = (sel) => parseFloat(getComputedStyle(root.querySelector(sel)).fontSize);
    return { body: size('.mx'), stage: size('.mx-stage'), title: size('.mx-present-title') };
  }, HOST);
  assert.ok(sizes.stage >= 1.3 * sizes.body && sizes.title > sizes.stage, JSON.stringify(sizes));
  // No click, no full screen; the stage has the focus, so the arrows work at once.
  assert.equal(await fullscreen(page), null);
  assert.equal(await focused(page), 'mx-stage');

  // Right through every chart and back to the first; each is drawn, one at a time.
  const seen = [];
  for (let i = 2; i <= m + 1; i++) {
    await press(page, 'ArrowRight', i > m ? 1 : i);
    const charts = await shown(page);
    assert.equal(charts.length, 1);
    seen.push(charts[0]);
    assert.equal(await focused(page), 'mx-stage', 'the focus stays on the stage');
  }
  assert.equal(seen.at(-1), 'income', 'it wraps');
  assert.equal(new Set(seen).size, m, `every chart once: ${seen}`);
  await press(page, 'ArrowLeft', m);
  assert.deepEqual(await shown(page), [seen.at(-2)]);
  await press(page, 'ArrowRight', 1);
  // The buttons do the same, and arrows still work from the button that has the focus.
  await w.getByRole('button', { name: 'Next chart' }).click();
  await page.waitForFunction((host) => document.querySelector(host).shadowRoot.querySelector('#mx-chart-of').textContent.startsWith('Chart 2 of'), HOST);
  assert.deepEqual(await shown(page), [seen[0]]);
  await press(page, 'ArrowRight', 3);
  assert.deepEqual(await shown(page), [seen[1]]);
  assert.equal(await focused(page), 'mx-chart-next');
  // The link says which view the chart is in, and that this is a presentation.
  await expectHash(page, 'v=3&preset=bangladesh-2022&host=saudi-arabia&view=origin&lang=en&mode=present');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the drawer holds the levers; arrows on a slider move the slider; Escape closes the drawer, then the presentation', async () => {
  const { page, log } = await load('#mode=present');
  const w = widget(page);
  const toggle = w.getByRole('button', { name: 'Levers', exact: true });
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await focused(page), 'mx-drawer-close', 'the focus goes into the drawer');
  const slider = w.getByRole('slider', { name: 'Transfer cost', exact: true });
  await slider.focus();
  const before = Number(await slider.inputValue());
  const drawn = (await canvases(page))[0].drawn;
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(([host, drawn]) => Number(document.querySelector(host).shadowRoot.querySelector('canvas[data-chart]').dataset.drawn) > drawn, [HOST, drawn]);
  assert.ok(Number(await slider.inputValue()) > before, 'the slider moved');
  assert.deepEqual(await shown(page), ['income'], 'the chart did not');
  assert.deepEqual(await chartOf(page), [1, (await chartOf(page))[1]]);
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(([host, v]) => Number(document.querySelector(host).shadowRoot.querySelector('#lever-transfer_cost').value) === v, [HOST, before]);
  assert.deepEqual(await shown(page), ['income']);

  // Escape: the drawer closes and the focus goes back to its button.
  await page.keyboard.press('Escape');
  await page.waitForFunction((host) => !document.querySelector(host).shadowRoot.querySelector('#mx-drawer'), HOST);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await focused(page), 'mx-levers-button');
  assert.notEqual(await chartOf(page), null, 'still presenting');
  // Escape again: the usual layout, with the focus on "Present".
  await page.keyboard.press('Escape');
  await w.getByRole('tablist').waitFor();
  assert.equal(await chartOf(page), null);
  assert.equal(await focused(page), 'mx-present');
  await expectHash(page, `v=3&preset=bangladesh-2022&host=saudi-arabia&transfer_cost=${before}&view=origin&lang=en`);
  // Outside presentation, the arrows and Escape are the page's own.
  await page.keyboard.press('Escape');
  assert.equal(await focused(page), 'mx-present');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('"Present" asks for full screen; leaving full screen leaves the presentation, and "Leave presentation" leaves full screen', async () => {
  const { page, log } = await load('#view=host');
  const w = widget(page);
  await w.getByRole('button', { name: 'Present', exact: true }).click();
  await w.getByRole('button', { name: 'Leave presentation' }).waitFor();
  await chartsDrawn(page);
  // It presents the view that was shown.
  assert.deepEqual(await shown(page), ['host-immigrants']);
  assert.equal(await focused(page), 'mx-stage');
  await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 3000 }).catch(() => {});
  if ((await fullscreen(page)) === null) {
    // A browser may refuse; the presentation is then in the page.
    console.log('# full screen refused by this browser: only the in-page layout was checked');
  } else {
    // The shadow host is what the page sees; inside, the widget's root.
    assert.equal(await fullscreen(page), 'div');
    assert.equal(await page.evaluate((host) => document.querySelector(host).shadowRoot.fullscreenElement?.className, HOST), 'mx');
    // The browser's Escape (here: the page) ends full screen, and the widget follows.
    await page.evaluate(() => document.exitFullscreen());
    await w.getByRole('tablist').waitFor();
    assert.equal(await chartOf(page), null);
    assert.equal(await w.getByRole('tab', { name: 'Host country', selected: true }).count(), 1);

    // "Leave presentation" ends full screen too.
    await w.getByRole('button', { name: 'Present', exact: true }).click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await w.getByRole('button', { name: 'Leave presentation' }).click();
    await page.waitForFunction(() => document.fullscreenElement === null);
    await w.getByRole('tablist').waitFor();
  }
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('inside a lesson, the arrows move through its steps', async () => {
  const { page, log } = await load('#lesson=optimum&step=1&mode=present');
  const step = async () => (await textOf(page, '.mx-step-of')).match(/^Step (\d+) of (\d+)$/).slice(1).map(Number);
  const [first, count] = await step();
  assert.equal(first, 1);
  assert.ok(count >= 3, `${count} steps`);
  assert.equal(await focused(page), 'mx-stage');
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await step(), [1, count], 'no step before the first');
  for (let n = 2; n <= count; n++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(([host, n]) => document.querySelector(host).shadowRoot.querySelector('.mx-step-of').textContent.startsWith(`Step ${n} of`), [HOST, n]);
    await page.waitForFunction((n) => location.hash.includes(`&step=${n}&`), n);
  }
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await step(), [count, count], 'no step after the last');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(([host, n]) => document.querySelector(host).shadowRoot.querySelector('.mx-step-of').textContent.startsWith(`Step ${n} of`), [HOST, count - 1]);
  assert.match(await page.evaluate(() => location.hash), /lesson=optimum&step=\d+&mode=present/);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('data-mode="present" gives the in-page layout, without full screen and without taking the focus', async () => {
  const { page, log } = await env.open();
  await page.route(`${env.server.url}/pages/presenting.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><button id="page-button">Page</button><div data-migration-explorer data-mode="present" data-view="optimum"></div><script type="module" src="${APP}embed.js"></script></body></html>`,
    }),
  );
  await page.goto(`${env.server.url}/pages/presenting.html`);
  await chartsDrawn(page);
  assert.deepEqual(await shown(page), ['optimum']);
  assert.equal(await fullscreen(page), null);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY');
  // The page's own keys are left alone; the widget's work once it has the focus.
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await shown(page), ['optimum']);
  await widget(page).getByRole('button', { name: 'Next chart' }).focus();
  await press(page, 'ArrowRight', 1);
  assert.deepEqual(await shown(page), ['income']);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('in a frame: full screen with allowfullscreen (the snippet), the in-page layout without', async (t) => {
  // The share panel's iframe snippet.
  const { page, log } = await load();
  await widget(page).getByRole('button', { name: 'Share / embed' }).click();
  const snippet = await widget(page).getByRole('textbox', { name: 'Embed in a page with an iframe' }).inputValue();
  assert.match(snippet, /<iframe [^>]* allowfullscreen><\/iframe>$/);

  // An agency's pages on another origin (a same-origin frame may always go full screen).
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mx-frames-'));
  const agency = await serve({ mounts: { '/': folder } });
  t.after(async () => {
    await agency.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });
  for (const [name, iframe, allowed] of [
    ['framed-allowed', snippet, true],
    ['framed-refused', snippet.replace(' allowfullscreen', ''), false],
  ]) {
    const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>${iframe}</body></html>`;
    fs.writeFileSync(path.join(folder, `${name}.html`), body);
    await page.goto(`${agency.url}/${name}.html`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: 'Present', exact: true }).click();
    await frame.getByRole('button', { name: 'Leave presentation' }).waitFor();
    const inner = page.frames()[1];
    if (allowed) {
      await inner.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 3000 }).catch(() => {});
      if ((await inner.evaluate(() => document.fullscreenElement)) === null) console.log('# full screen refused by this browser');
    } else {
      // Refused: no error, the presentation stays in the frame.
      await page.waitForTimeout(300);
      assert.equal(await inner.evaluate(() => document.fullscreenElement), null);
      assert.match(await frame.locator('#mx-chart-of').textContent(), /^Chart 1 of \d+$/);
    }
    await frame.getByRole('button', { name: 'Leave presentation' }).click();
    await frame.getByRole('tablist').waitFor();
    assert.equal(await inner.evaluate(() => document.fullscreenElement), null);
  }
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('at 390 px wide the presentation fits: no sideways scrolling, every control reachable', async () => {
  const { page, log } = await load('#mode=present', { viewport: { width: 390, height: 844 } });
  const fit = await page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const box = root.querySelector('.mx').getBoundingClientRect();
    const out = [...root.querySelectorAll('.mx-present-bar button, canvas')].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.left < box.left || r.right > box.right + 0.5;
    });
    return { page: document.documentElement.scrollWidth <= innerWidth, out: out.map((e) => e.id || e.tagName) };
  }, HOST);
  assert.deepEqual(fit, { page: true, out: [] });
  await widget(page).getByRole('button', { name: 'Levers', exact: true }).click();
  const slider = widget(page).getByRole('slider', { name: 'Transfer cost', exact: true });
  await slider.scrollIntoViewIfNeeded();
  assert.ok(await slider.isVisible());
  assert.deepEqual(log.errors, []);
  await page.close();
});

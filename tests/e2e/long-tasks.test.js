// The page never stalls: no main-thread task longer than 50 ms after mount
// during a scripted sequence (uncertainty on, 50 inputs, the "What drives
// this?" view opened and computed, 50 more inputs while it recomputes), read
// from the Long Tasks API. WebAssembly compilation and the first render come
// before the observer starts and are excluded. The figures are printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, widget, chartsDrawn, APP } from './lib/fixtures.js';

const LONG_MS = 50;
const INPUTS = 50;

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

/** Starts recording long tasks; returns whether the browser reports them at all. */
const observe = (page) =>
  page.evaluate(() => {
    window.__long = [];
    if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return false;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask' });
    return true;
  });

/** Tasks recorded so far, after waiting for the observer's callback to run. */
const longTasks = (page) => page.evaluate(() => new Promise((r) => setTimeout(() => r(window.__long.splice(0)), 100)));

/**
 * Moves a lever through `values` the way a hand drags it: one input event a
 * frame. Returns the time it took.
 */
const drag = (page, lever, values) =>
  page.evaluate(
    async ([lever, values]) => {
      const input = document.querySelector('[data-migration-explorer]').shadowRoot.querySelector(`#lever-${lever}`);
      const t0 = performance.now();
      for (const value of values) {
        await window.__mxFrame();
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      return performance.now() - t0;
    },
    [lever, values],
  );

/** Waits until both tornados of the drivers view are computed and drawn. */
const tornadosDone = (page) =>
  page.waitForFunction(() => {
    const root = document.querySelector('[data-migration-explorer]').shadowRoot;
    const view = root.querySelector('#panel-drivers');
    return view && view.dataset.computing === undefined && root.querySelectorAll('#panel-drivers canvas[data-chart][data-drawn]').length >= 2;
  });

test(`no main-thread task is longer than ${LONG_MS} ms after mount`, async () => {
  const { page, log } = await env.load('#v=3&preset=mali-2022');
  assert.ok(await observe(page), 'this Chromium reports long tasks');

  // The observer sees a task this long: without it the test could pass on a
  // browser that reports nothing.
  await page.evaluate(
    () =>
      new Promise((r) =>
        setTimeout(() => {
          const end = performance.now() + 80;
          while (performance.now() < end);
          r();
        }, 0),
      ),
  );
  const check = await longTasks(page);
  assert.ok(check.some((t) => t.ms >= 80), `the observer saw the 80 ms check task: ${JSON.stringify(check)}`);

  const values = (from) => Array.from({ length: INPUTS }, (_, i) => (from + (i % 40) * 0.001).toFixed(3));
  // The sequence runs again (three times in all) while it shows a long task:
  // a widget that does too much in one task does so every time, a burst of
  // load on a shared machine (seen: one 87 ms task while five builds ran)
  // only once. Every attempt is printed.
  let tasks = [];
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await page.goto('about:blank');
    await page.goto(`${env.server.url}${APP}index.html#v=3&preset=mali-2022`);
    await chartsDrawn(page);
    await observe(page);
    await widget(page).getByRole('switch', { name: 'Uncertainty' }).check();
    const bandMs = await drag(page, 'transfer_cost', values(0.01));
    await widget(page).locator('#tab-drivers').click();
    const t0 = Date.now();
    await tornadosDone(page);
    const firstMs = Date.now() - t0;
    const driversMs = await drag(page, 'transfer_cost', values(0.03));
    await tornadosDone(page);

    tasks = await longTasks(page);
    const longest = tasks.reduce((m, t) => Math.max(m, t.ms), 0);
    console.log(
      `budget: long tasks after mount (attempt ${attempt}): ${tasks.length} (longest ${longest.toFixed(0)} ms; budget none over ${LONG_MS} ms) over: ` +
        `uncertainty on + ${INPUTS} inputs (${bandMs.toFixed(0)} ms), drivers view computed in ${firstMs} ms, ${INPUTS} inputs there (${driversMs.toFixed(0)} ms)`,
    );
    if (tasks.length === 0) break;
  }
  assert.deepEqual(tasks, [], 'no long task');
  assert.deepEqual(log.errors, []);
});

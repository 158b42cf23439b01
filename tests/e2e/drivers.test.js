// "What drives this?" (view=drivers): the two tornados computed in slices
// while the view is open, from a link and from the tab; the tornado follows
// a lever; the sentence and the levers' list; French; the CSV of both
// tornados against `migration-sim --sensitivity`. Prints the time per slice
// (each a timeout of 0 ms, timed by wrapping setTimeout in the page) and the
// time to complete both tornados.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, canvases, chartsDrawn, widget, moveLever, textOf, downloadOf, sim } from './lib/fixtures.js';

const HOST = '[data-migration-explorer]';
const MALI = 'v=3&preset=mali-2022&host=france&transfer_cost=0.03&emig_rate_skilled=0.01';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

/** Waits until the drivers view is open and its sensitivity computed and drawn. */
async function computed(page) {
  await page.waitForFunction((host) => {
    const panel = document.querySelector(host)?.shadowRoot?.querySelector('#panel-drivers');
    return panel && panel.dataset.computing === undefined && panel.getAttribute('aria-busy') === null;
  }, HOST);
  await chartsDrawn(page);
}

/** The drivers view as a reader sees it. */
const view = (page) =>
  page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const panel = root.querySelector('#panel-drivers');
    return {
      charts: [...panel.querySelectorAll('canvas[data-chart]')].map((c) => c.dataset.chart),
      heights: [...panel.querySelectorAll('canvas[data-chart]')].map((c) => c.clientHeight),
      sentence: panel.querySelector('#mx-drivers-sentence')?.textContent ?? null,
      baseline: panel.querySelector('#mx-drivers-baseline')?.textContent ?? null,
      levers: [...panel.querySelectorAll('#mx-drivers-levers li')].map((li) => li.textContent),
      notes: [...panel.querySelectorAll('.mx-chart-note')].map((n) => n.textContent),
      progress: panel.querySelector('#mx-drivers-progress')?.textContent ?? null,
      live: [...root.querySelectorAll('[aria-live], [role=status], [role=alert], output')].map((e) => e.id),
    };
  }, HOST);

/** The rows of a tornado's "Show the numbers" table, opened if need be. */
async function numbers(page, chart) {
  const figure = widget(page).locator(`#chart-${chart}`);
  if ((await figure.locator('.mx-numbers table').count()) === 0) await figure.locator('.mx-numbers summary').click();
  // The table is drawn by the render after the click: wait for its rows.
  await figure.locator('.mx-numbers tbody tr').first().waitFor();
  return figure.evaluate((f) => [...f.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)));
}

/** Times every 0 ms timeout's callback (the slices), from before the page's own scripts run. */
const timeSlices = (page) =>
  page.addInitScript(() => {
    window.__slices = [];
    const original = window.setTimeout;
    window.setTimeout = function (fn, delay, ...args) {
      if (typeof fn !== 'function' || (delay ?? 0) !== 0) return original.call(this, fn, delay, ...args);
      const timed = function (...a) {
        const t0 = performance.now();
        try {
          return fn.apply(this, a);
        } finally {
          window.__slices.push(performance.now() - t0);
        }
      };
      return original.call(this, timed, delay, ...args);
    };
  });

test('the view opens from a link, computes in slices of under 50 ms and shows both tornados, the sentence and the levers', async () => {
  const { page, log } = await env.open();
  await timeSlices(page);
  const t0 = Date.now();
  await page.goto(`${env.server.url}${APP}index.html#${MALI}&view=drivers`);
  await computed(page);
  const total = Date.now() - t0;
  const slices = await page.evaluate(() => window.__slices.splice(0));
  const shown = await view(page);
  assert.deepEqual(shown.charts, ['drivers-income', 'drivers-optimum']);
  assert.equal(await widget(page).getByRole('tab', { name: 'What drives this?', selected: true }).count(), 1);
  assert.equal(shown.progress, null, 'no progress once done');
  // Each bar's label stands above it: the canvas grows with them.
  assert.ok(shown.heights.every((h) => h > 300), `tall enough for their bars: ${shown.heights}`);
  // Three assumptions named, each with the effect at both ends of its range.
  assert.match(shown.sentence, /^The effect on the unskilled stayer's income \(\+[\d.]+\s% in this scenario\) depends most on “[^”]+”, from [+−-]?[\d.]+\s% to [+−-]?[\d.]+\s% across its range, then on “[^”]+”, from .+, and on “[^”]+”, from .+\.$/);
  assert.equal(shown.levers.length, 2, 'the two levers set');
  assert.match(shown.levers[0], /^Skilled emigration rate at its default \(.+\) instead of 1\.00?\s% a year: an effect on the unskilled stayer's income of [+−-]?[\d.]+\s%, against \+[\d.]+\s%\.$/);
  assert.match(shown.levers[1], /^Transfer cost at its default \(.+\) instead of 3(\.0)?\s%: an effect on the unskilled stayer's income of/);
  // The host's assumptions never move the income: named under its tornado.
  assert.match(shown.notes[0], /^These assumptions do not move it: .*“Labour's share of host output”/);
  assert.deepEqual(shown.live, ['mx-summary-live', 'mx-status'], 'no live region added');
  // One slice for the scenario, one per assumption.
  assert.ok(slices.length >= 20, `${slices.length} slices`);
  const sorted = [...slices].sort((a, b) => a - b);
  const longest = sorted.at(-1);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `speed: drivers view from a link: ${slices.length} slices, median ${median.toFixed(1)} ms, longest ${longest.toFixed(1)} ms; ` +
      `both tornados in ${total} ms from navigation (page load included); slices in order: ${slices.map((t) => t.toFixed(1)).join(' ')}`,
  );
  assert.ok(longest < 50, `no slice is a long task: ${longest.toFixed(1)} ms`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the view opens from its tab, and leaving it stops the work until it is back', async () => {
  const { page, log } = await env.open();
  await timeSlices(page);
  await page.goto(`${env.server.url}${APP}index.html#${MALI}`);
  await chartsDrawn(page);
  await page.evaluate(() => window.__slices.splice(0));
  const t0 = Date.now();
  await widget(page).getByRole('tab', { name: 'What drives this?' }).click();
  await computed(page);
  const total = Date.now() - t0;
  const slices = await page.evaluate(() => window.__slices.splice(0));
  const sorted = [...slices].sort((a, b) => a - b);
  console.log(
    `speed: drivers view from its tab: both tornados in ${total} ms, ${slices.length} slices, ` +
      `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, longest ${sorted.at(-1).toFixed(1)} ms`,
  );
  assert.deepEqual((await view(page)).charts, ['drivers-income', 'drivers-optimum']);
  await page.waitForFunction((host) => new URL(location.href).hash.includes('view=drivers'), HOST);

  // Another view: a lever moved there computes nothing for this one.
  await widget(page).getByRole('tab', { name: 'Origin country' }).click();
  await moveLever(page, 'Transfer cost', 0.05);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__slices.splice(0)), [], 'no slice while the view is closed');
  // Back: the new scenario computes; back to the old one: the finished one at once.
  await widget(page).getByRole('tab', { name: 'What drives this?' }).click();
  await computed(page);
  assert.ok((await page.evaluate(() => window.__slices.splice(0))).length >= 20);
  await widget(page).getByRole('tab', { name: 'Origin country' }).click();
  await moveLever(page, 'Transfer cost', 0.04);
  await moveLever(page, 'Transfer cost', 0.05);
  await widget(page).getByRole('tab', { name: 'What drives this?' }).click();
  await computed(page);
  assert.equal((await page.evaluate(() => window.__slices.splice(0))).length, 0, 'the same scenario: nothing recomputed');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the tornado changes when a lever moves', async () => {
  const { page, log } = await env.load(`${MALI}&view=drivers`);
  await computed(page);
  const before = await numbers(page, 'drivers-income');
  const sentence = (await view(page)).sentence;
  assert.equal(before[0][0], 'This scenario');
  assert.ok(before.length >= 13, `the scenario and its bars: ${before.length} rows`);
  await widget(page).getByLabel('Transfer cost', { exact: true }).fill('0.01');
  await page.waitForFunction((host) => document.querySelector(host).shadowRoot.querySelector('#panel-drivers').dataset.computing !== undefined, HOST);
  await computed(page);
  const after = await numbers(page, 'drivers-income');
  assert.notDeepEqual(after, before, 'other numbers');
  assert.notEqual(after[0][3], before[0][3], "the scenario's own income effect moved");
  assert.notEqual((await view(page)).sentence, sentence);
  // The optimum's table: the scenario's rate and the bars, in % a year.
  const optimum = await numbers(page, 'drivers-optimum');
  assert.equal(optimum[0][0], 'This scenario');
  assert.ok(optimum.slice(1).every((row) => row.length === 5 && row[1] !== '' && row[2] !== ''), 'each assumption with its range');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('at the baseline, the income tornado is empty and says so; the optimum tornado stays', async () => {
  const { page, log } = await env.load('v=3&preset=mali-2022&host=france&view=drivers');
  await computed(page);
  const shown = await view(page);
  assert.deepEqual(shown.charts, ['drivers-optimum']);
  assert.match(shown.baseline, /^This scenario is its baseline: its effect on the unskilled stayer's income is 0/);
  assert.equal(shown.sentence, null);
  assert.equal(await textOf(page, '#mx-drivers-levers'), 'You have moved no lever: each follows its default.');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('in French: the tab, the sentence, the levers and the tables', async () => {
  const { page, log } = await env.load(`${MALI}&view=drivers&lang=fr`);
  await computed(page);
  const shown = await view(page);
  assert.equal(await widget(page).getByRole('tab', { name: 'Ce qui détermine le résultat', selected: true }).count(), 1);
  assert.match(shown.sentence, /^L’effet sur le revenu du non-qualifié resté \(\+[\d,]+\u00a0% dans ce scénario\) dépend surtout de «\u00a0[^»]+\u00a0», de .+ d’un bout à l’autre de sa plage, puis de «/);
  assert.match(shown.levers[1], /^Coût des transferts à sa valeur par défaut \(.+\) au lieu de 3(,0)?\u00a0%\u00a0: un effet sur le revenu du non-qualifié resté de/);
  assert.match(shown.notes[0], /^Ces hypothèses ne le font pas varier\u00a0: /);
  const rows = await numbers(page, 'drivers-income');
  assert.equal(rows[0][0], 'Ce scénario');
  const head = await widget(page).locator('#chart-drivers-income thead th').allTextContents();
  assert.deepEqual(head.slice(0, 3), ['Hypothèse', 'Bas de la plage', 'Haut de la plage']);
  const label = await widget(page).locator('canvas[data-chart=drivers-optimum]').getAttribute('aria-label');
  assert.match(label, /^Ce qui fait varier l’optimum/);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("the CSV holds both tornados' numbers, as migration-sim --sensitivity computes them", async () => {
  const { page, log } = await env.load(`${MALI}&view=drivers`);
  await computed(page);
  const file = await downloadOf(page, 'Download these numbers (CSV)');
  assert.equal(file.name, 'migration-explorer-mali-2022-france-drivers.csv');
  const [header, ...lines] = file.bytes.toString('utf8').trim().split('\n');
  assert.equal(header, 'name,low,high,income_effect_at_low,income_effect_at_high,optimum_at_low,optimum_at_high');
  const want = JSON.parse(sim('--preset', 'mali-2022', '--host', 'france', '--set', 'transfer_cost=0.03', '--set', 'emig_rate_skilled=0.01', '--sensitivity'));
  const { income_effect: i, optimum: o } = want.central;
  const central = lines[0].split(',');
  assert.deepEqual(central.slice(0, 3), ['central', '', ''], 'the scenario first');
  assert.deepEqual(central.slice(3).map(Number), [i, i, o, o]);
  assert.equal(lines.length, 1 + want.assumptions.length);
  want.assumptions.forEach((a, k) => {
    const cells = lines[k + 1].split(',');
    assert.equal(cells[0], a.name, `row ${k + 1}: in the order of the sensitivity`);
    assert.deepEqual(cells.slice(1).map(Number), [a.low, a.high, ...a.income_effect, ...a.optimum], a.name);
  });
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('in presentation, the drivers view is not offered and nothing breaks', async () => {
  const { page, log } = await env.load(`${MALI}&view=drivers&mode=present`);
  assert.deepEqual((await canvases(page)).map((c) => c.chart), ['income']);
  await widget(page).locator('#mx-chart-next').click();
  await widget(page).locator('canvas[data-chart=home-wages]').waitFor();
  assert.deepEqual(log.errors, []);
  await page.close();
});

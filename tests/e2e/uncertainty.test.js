// The uncertainty switch, as a person uses it: on the origin view, the income
// and remittances charts turn into the effect against the baseline with the
// band of 8 draws out of 10 (the command line's own percentiles), the link
// gains uncertainty=on, the summary says where the income effect lies; off,
// everything is as before. The link, the page's attribute and a host page's
// message set it too; the presentation and the brief show the band; French.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, APP, PAGES, canvases, chartsDrawn, pixels, summary, widget, notices, sim, expectHash, parseSvg } from './lib/fixtures.js';
import { serve } from './lib/server.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const HOST = '[data-migration-explorer]';
const MOVED = 'v=3&preset=mali-2022&host=france&transfer_cost=0.03';

/** What a screen reader hears for a chart. */
const heard = (page, chart, host = HOST) =>
  page.evaluate(([host, chart]) => document.querySelector(host).shadowRoot.querySelector(`canvas[data-chart=${chart}]`).getAttribute('aria-label'), [host, chart]);

/** Waits until the chart's description does (or does not) name the band. */
const bandShown = (page, chart, shown, label = '8 of 10 draws', host = HOST) =>
  page.waitForFunction(
    ([host, chart, shown, label]) => document.querySelector(host)?.shadowRoot?.querySelector(`canvas[data-chart=${chart}]`)?.getAttribute('aria-label')?.includes(label) === shown,
    [host, chart, shown, label],
  );

/** A chart's table of numbers, opened: its header and rows. */
async function numbers(page, chart) {
  const figure = widget(page).locator(`#chart-${chart}`);
  if (!(await figure.locator('.mx-numbers').evaluate((d) => d.open))) await figure.locator('.mx-numbers summary').click();
  await figure.locator('.mx-numbers table').waitFor();
  return figure.evaluate((f) => ({
    head: [...f.querySelectorAll('thead th')].map((th) => th.textContent),
    rows: [...f.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
  }));
}

/** A number as the widget writes it ("−1.25", "1,25"), as a number. */
const read = (text) => Number(text.replace('\u2212', '-').replace(/[\u00a0\u202f ]/g, '').replace(',', '.'));

test('the switch draws the band on the income and remittances charts and takes it away; the link follows', async () => {
  const { page, log } = await env.load(`#${MOVED}`);
  const w = widget(page);
  const toggle = w.getByRole('switch', { name: 'Uncertainty' });
  assert.equal(await toggle.isChecked(), false);
  assert.match(await w.locator('#mx-uncertainty-note').textContent(), /how much the assumptions matter; it is not a probability/);
  const before = { pixels: await pixels(page), drawn: await canvases(page), income: await heard(page, 'income'), summary: await summary(page) };
  assert.ok(!before.income.includes('8 of 10 draws'));
  assert.ok(!before.summary.includes('8 of 10 draws'));

  await toggle.click();
  await bandShown(page, 'income', true);
  await bandShown(page, 'remittances', true);
  // The note over the charts says where the baseline went: the 0 line.
  assert.match(await w.locator('#mx-origin-baseline').textContent(), /income and remittances charts, which now show the effect against it, it is the 0 line/);
  await expectHash(page, `${MOVED}&view=origin&uncertainty=on&lang=en`, 'the link gains uncertainty=on');
  // What a screen reader hears: the effect, and the band of the final year.
  assert.match(await heard(page, 'income'), /^Who gains \(% against the baseline\), 2052: Unskilled −?[\d.]+; Per worker −?[\d.]+; Skilled −?[\d.]+; Per native −?[\d.]+; 8 of 10 draws: −?[\d.]+ to −?[\d.]+\.$/);
  assert.match(await heard(page, 'remittances'), /^Effect on remittances \(% against the baseline\), 2052: .*8 of 10 draws: /);
  // Pixels: the two charts are redrawn, with something new; the others are left alone.
  await chartsDrawn(page);
  const on = { pixels: await pixels(page), drawn: await canvases(page) };
  for (const chart of ['income', 'remittances']) assert.notEqual(on.pixels[chart], before.pixels[chart], `${chart} redrawn`);
  for (const [i, c] of on.drawn.entries()) {
    if (!['income', 'remittances'].includes(c.chart)) assert.equal(c.drawn, before.drawn[i].drawn, `${c.chart} not redrawn`);
  }
  // The table holds the central effect and the draws' percentiles: the command line's.
  const model = JSON.parse(sim('--preset', 'mali-2022', '--host', 'france', '--set', 'transfer_cost=0.03', '--uncertainty'));
  for (const [chart, effect] of [['income', model.income_effect], ['remittances', model.remittances_effect]]) {
    const table = await numbers(page, chart);
    // "Who gains": the unskilled stayer's income carries the band, the other measures beside it.
    const lines = chart === 'income' ? ['Unskilled', 'Per worker', 'Skilled', 'Per native'] : ['Scenario'];
    const n = lines.length;
    assert.deepEqual(table.head, [
      'Year',
      ...lines.map((l) => `${l} (% against the baseline)`),
      'Draws, 10th percentile (% against the baseline)',
      'Draws, median (% against the baseline)',
      'Draws, 90th percentile (% against the baseline)',
    ]);
    assert.equal(table.rows.length, model.years.length);
    for (const [i, row] of table.rows.entries()) {
      assert.equal(row[0], String(model.years[i]));
      const decimals = (row[n + 1].split('.')[1] ?? '').length;
      for (const [k, p] of [[n + 1, 'p10'], [n + 2, 'p50'], [n + 3, 'p90']]) {
        assert.ok(Math.abs(read(row[k]) - 100 * effect[p][i]) <= 0.5 * 10 ** -decimals + 1e-9, `${chart} ${row[0]} ${p}: ${row[k]} against ${100 * effect[p][i]}`);
      }
    }
    const last = table.rows.at(-1);
    assert.ok(read(last[n + 1]) <= read(last[n + 3]), 'p10 ≤ p90');
  }
  // The summary's sentence, with the final year's p10 and p90.
  const income = model.income_effect;
  const sentence = await summary(page);
  const match = sentence.match(/In 8 of 10 draws, the effect on the unskilled stayer's income in 2052 lies between (\S+)\u00a0% and (\S+)\u00a0%\./);
  assert.ok(match, sentence);
  assert.ok(Math.abs(read(match[1]) - 100 * income.p10.at(-1)) < 0.051, `${match[1]} against ${100 * income.p10.at(-1)}`);
  assert.ok(Math.abs(read(match[2]) - 100 * income.p90.at(-1)) < 0.051, `${match[2]} against ${100 * income.p90.at(-1)}`);

  // Off again, from the keyboard: everything as it was.
  await toggle.focus();
  await page.keyboard.press('Space');
  await bandShown(page, 'income', false);
  await expectHash(page, `${MOVED}&view=origin&lang=en`, 'the link loses uncertainty=on');
  assert.equal(await toggle.isChecked(), false);
  assert.equal(await heard(page, 'income'), before.income);
  assert.equal(await summary(page), before.summary);
  assert.match(await w.locator('#mx-origin-baseline').textContent(), /the dashed baseline is flat\. The solid lines show what the scenario changes against it/);
  await chartsDrawn(page);
  const off = await pixels(page);
  for (const chart of ['income', 'remittances']) assert.equal(off[chart], before.pixels[chart], `${chart}: the same pixels as before`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the link, the page\'s data-uncertainty and a host page\'s message turn it on; a bad value is a notice', async (t) => {
  // The link.
  const { page } = await env.load(`#${MOVED}&uncertainty=on`);
  assert.equal(await widget(page).getByRole('switch', { name: 'Uncertainty' }).isChecked(), true);
  await bandShown(page, 'income', true);
  // The brief opened from it prints the band too.
  const href = await widget(page).locator('#mx-print-brief').getAttribute('href');
  assert.match(href, /brief\.html#.*&uncertainty=on&/);
  await page.close();

  // A bad value: a notice, and off.
  const bad = await env.load(`#${MOVED}&uncertainty=yes`);
  assert.deepEqual(await notices(bad.page), ['"yes" is not a value of the uncertainty switch (on or off): it was ignored. (in the link)']);
  assert.equal(await widget(bad.page).getByRole('switch', { name: 'Uncertainty' }).isChecked(), false);
  assert.ok(!(await heard(bad.page, 'income')).includes('8 of 10 draws'));
  await bad.page.close();

  // The element's attribute.
  const attrs = { 'data-preset': 'mali-2022', 'data-set': 'transfer_cost=0.03', 'data-uncertainty': 'on' };
  const embedded = await env.open();
  await embedded.page.goto(`${env.server.url}/pages/attributes.html?attrs=${encodeURIComponent(JSON.stringify(attrs))}`);
  await chartsDrawn(embedded.page, '#widget');
  await bandShown(embedded.page, 'income', true, '8 of 10 draws', '#widget');
  assert.deepEqual(embedded.log.errors, []);
  await embedded.page.close();

  // A message from an allowed origin, on and off.
  const agency = await serve({ mounts: { '/pages/': PAGES } });
  t.after(() => agency.close());
  const src = `${env.server.url}${APP}index.html#${MOVED}&allow-origin=${encodeURIComponent(agency.url)}`;
  const framed = await env.open();
  await framed.page.goto(`${agency.url}/pages/frame-host.html?src=${encodeURIComponent(src)}`);
  const frame = framed.page.frameLocator('#frame');
  const toggle = frame.getByRole('switch', { name: 'Uncertainty' });
  await toggle.waitFor();
  await framed.page.evaluate(() => window.sendToWidget({ type: 'migration-explorer:set', uncertainty: 'on' }));
  await frame.locator('canvas[data-chart=income][aria-label*="8 of 10 draws"]').waitFor();
  assert.equal(await toggle.isChecked(), true);
  await framed.page.evaluate(() => window.sendToWidget({ type: 'migration-explorer:set', set: 'uncertainty=off' }));
  await frame.locator('canvas[data-chart=income]:not([aria-label*="8 of 10 draws"])').waitFor();
  assert.equal(await toggle.isChecked(), false);
  assert.deepEqual(framed.log.errors, []);
  await framed.page.close();
});

test('the presentation and the brief show the band while the switch is on', async () => {
  const { page, log } = await env.load(`#${MOVED}&uncertainty=on&mode=present`);
  await bandShown(page, 'income', true);
  assert.match(await widget(page).locator('#mx-present-title').textContent(), /^Who gains$/);
  assert.match(await summary(page), /In 8 of 10 draws/);
  assert.deepEqual(log.errors, []);
  await page.close();

  const brief = await env.open();
  await brief.page.goto(`${env.server.url}${APP}brief.html#${MOVED}&uncertainty=on`);
  await brief.page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('.mx-brief[data-ready]'), HOST);
  const income = await brief.page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('.mx-brief-chart[data-chart=income] svg')?.outerHTML ?? '', HOST);
  const svg = await parseSvg(brief.page, income);
  assert.equal(svg.error, null);
  // Words as drawn, a wrapped title's lines joined.
  const words = svg.texts.join(' ');
  assert.ok(words.includes('8 of 10 draws'), words);
  assert.ok(words.includes('Who gains'), words);
  assert.deepEqual(brief.log.errors, []);
  await brief.page.close();
});

test('in French: the switch, its note, the band, the table and the sentence', async () => {
  const { page, log } = await env.load(`#${MOVED}&lang=fr`);
  const toggle = widget(page).getByRole('switch', { name: 'Incertitude' });
  await toggle.click();
  await bandShown(page, 'income', true, '8 tirages sur 10');
  assert.match(await widget(page).locator('#mx-uncertainty-note').textContent(), /le poids des hypothèses\u202f; ce n’est pas une probabilité\./);
  assert.match(await heard(page, 'income'), /^Qui y gagne\u00a0\? \(% par rapport à la référence\), 2052\u00a0?: .*8 tirages sur 10\u00a0: de −?[\d,]+ à −?[\d,]+\.$/);
  const table = await numbers(page, 'remittances');
  assert.deepEqual(table.head.slice(2), [
    'Tirages, 10e centile (% par rapport à la référence)',
    'Tirages, médiane (% par rapport à la référence)',
    'Tirages, 90e centile (% par rapport à la référence)',
  ]);
  assert.match(await summary(page), /Dans 8 tirages sur 10, l’effet sur le revenu du non-qualifié resté en 2052 se situe entre \S+\u00a0% et \S+\u00a0%\./);
  await expectHash(page, `${MOVED}&view=origin&uncertainty=on&lang=fr`);
  assert.deepEqual(log.errors, []);
  await page.close();
});
